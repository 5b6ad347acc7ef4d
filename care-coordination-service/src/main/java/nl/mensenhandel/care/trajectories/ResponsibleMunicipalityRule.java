package nl.mensenhandel.care.trajectories;

import static nl.mensenhandel.platform.policy.PolicyDecision.allowed;

import nl.mensenhandel.care.trajectories.ResponsibleMunicipality.Basis;
import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.tenancy.MunicipalityRegistry;

/**
 * Rule {@value #RULE}: which municipality is responsible for a victim's care and its cost (Wmo 2015 / Jeugdwet;
 * DOMAIN.md §5 and §9). The Rotterdam source ({@code domain-sources/003_372368749e502041.txt}, "Opvang"):
 * <blockquote>"Slachtoffers die niet ingeschreven staan, worden in principe ingeschreven in de gemeente waar ze zijn
 * aangetroffen"</blockquote>
 * So: the municipality where the victim is registered in the BRP ({@code BRP}); else where the victim was found
 * ({@code AANGETROFFEN}); else none yet. "In principe": the zorgcoördinator may record another municipality of the
 * region with a reason ({@code AFWIJKEND}); that override wins until it is removed, also when the victim's
 * profile changes. Without an override the rule is applied again whenever the profile changes.
 */
public final class ResponsibleMunicipalityRule {

    public static final String RULE = "responsible-municipality";
    public static final String OF_REGION_RULE = "municipality-of-region";

    private ResponsibleMunicipalityRule() {
    }

    /**
     * The responsible municipality for this victim, keeping an override ({@code AFWIJKEND}) in {@code current};
     * null when neither the BRP municipality nor where the victim was found is known.
     */
    public static ResponsibleMunicipality apply(VictimProfile victim, ResponsibleMunicipality current) {
        if (current != null && current.basis() == Basis.AFWIJKEND) {
            return current;
        }
        if (victim.brpMunicipalityCode() != null) {
            return new ResponsibleMunicipality(victim.brpMunicipalityCode(), Basis.BRP, null);
        }
        if (victim.foundMunicipalityCode() != null) {
            return new ResponsibleMunicipality(victim.foundMunicipalityCode(), Basis.AANGETROFFEN, null);
        }
        return null;
    }

    /** The override the zorgcoördinator records: a municipality with its reason. */
    public static ResponsibleMunicipality override(String municipalityCode, String reason) {
        return new ResponsibleMunicipality(municipalityCode, Basis.AFWIJKEND, reason);
    }

    /**
     * Rule {@value #OF_REGION_RULE}: an override names a municipality of the trajectory's region (its cost lands in
     * the region's cost key), else 422; and it says why (rule {@code reason-required}, 422).
     */
    public static PolicyDecision mayOverride(String municipalityCode, String reason, String region,
            MunicipalityRegistry municipalities) {
        if (!municipalities.belongsToRegion(municipalityCode, region)) {
            return new PolicyDecision.Rejected(OF_REGION_RULE, ProblemType.UNPROCESSABLE,
                    municipalityCode + " is not a municipality of region " + region, "municipalityCode");
        }
        if (reason == null || reason.isBlank()) {
            return new PolicyDecision.Rejected(TrajectoryTransitions.REASON_RULE, ProblemType.UNPROCESSABLE,
                    "An override of the responsible municipality needs a reason", "reason");
        }
        return allowed();
    }
}
