package nl.mensenhandel.care.eligibility;

import nl.mensenhandel.care.placements.PlacementType;
import nl.mensenhandel.care.trajectories.ExploitationForm;
import nl.mensenhandel.platform.policy.PolicyDecision;

/**
 * Rule {@value #NAME}: {@code CRISISOPVANG_NLA} (the labour inspectorate's crisis places) only for a victim of
 * labour exploitation ({@code ARBEID} among the forms). Sources: DOMAIN.md §5 ({@code CRISISOPVANG_NLA}: "victims of
 * labour exploitation"); the Rotterdam source (003, "Opvang"): "crisisopvangplekken van de Nederlandse
 * Arbeidsinspectie, specifiek voor slachtoffers van arbeidsuitbuiting".
 */
public final class CrisisopvangNlaOnlyForLabourRule extends EligibilityRule.ForType {

    public static final String NAME = "crisisopvang-nla-only-for-labour";

    public CrisisopvangNlaOnlyForLabourRule() {
        super(NAME, PlacementType.CRISISOPVANG_NLA);
    }

    @Override
    PolicyDecision checkType(EligibilityRequest request) {
        boolean labour = request.victim() != null
                && request.victim().exploitationForms().contains(ExploitationForm.ARBEID);
        return labour ? PolicyDecision.allowed()
                : refused("CRISISOPVANG_NLA is only for victims of labour exploitation (ARBEID)");
    }
}
