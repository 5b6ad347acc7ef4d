package nl.mensenhandel.triage.progress;

import static nl.mensenhandel.platform.policy.PolicyDecision.allowed;
import static nl.mensenhandel.platform.policy.PolicyDecision.rejected;

import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.tenancy.Roles;
import nl.mensenhandel.platform.tenancy.TenantContext;
import nl.mensenhandel.triage.cases.Casus;

/**
 * Who follows the progress of tracks, escalates and reads the figures (issue 8 §8; rows listTracks, escalateCase,
 * getTriageFigures of {@code api-specs/access-matrix.yaml}). The region is enforced by the data access itself.
 */
@Component
public class ProgressAccessPolicy {

    /**
     * Rule: the table and the beleidsregisseur watch every track of the region ("de tafel bewaakt de voortgang",
     * DOMAIN.md §3.5); the aandachtsfunctionaris the tracks of the casussen of their municipalities.
     */
    public PolicyDecision mayListTracks(TenantContext caller) {
        return caller.hasAnyRole(Roles.CASUSTAFEL, Roles.BELEIDSREGISSEUR, Roles.AANDACHTSFUNCTIONARIS) ? allowed()
                : rejected("list-tracks-requires-table-role", ProblemType.FORBIDDEN,
                        "Only casustafel, beleidsregisseur or aandachtsfunctionaris follow the tracks");
    }

    /** The municipalities whose tracks the caller sees, or empty for the whole region. */
    public Optional<Set<String>> trackMunicipalities(TenantContext caller) {
        return caller.hasAnyRole(Roles.CASUSTAFEL, Roles.BELEIDSREGISSEUR) ? Optional.empty()
                : Optional.of(caller.municipalities());
    }

    /**
     * Rule: the table (whole region) or the aandachtsfunctionaris (casussen of their municipalities) escalates a
     * stuck casus to the beleidsregisseur — the ones who see it stuck; the beleidsregisseur receives, not raises.
     */
    public PolicyDecision mayEscalate(TenantContext caller) {
        return caller.hasAnyRole(Roles.CASUSTAFEL, Roles.AANDACHTSFUNCTIONARIS) ? allowed()
                : rejected("escalate-case-requires-table-or-af", ProblemType.FORBIDDEN,
                        "Only casustafel or aandachtsfunctionaris escalate a casus");
    }

    /** Whether the caller may escalate this casus of their region (else it answers 404: need to know). */
    public boolean mayEscalate(TenantContext caller, Casus casus) {
        return caller.hasRole(Roles.CASUSTAFEL)
                || casus.municipalityCodes().stream().anyMatch(caller::servesMunicipality);
    }

    /** Rule: the figures are for the regional monitor and regional policy — counts only, no personal data. */
    public PolicyDecision mayReadFigures(TenantContext caller) {
        return caller.hasAnyRole(Roles.MONITOR_LEZER, Roles.BELEIDSREGISSEUR) ? allowed()
                : rejected("triage-figures-require-monitor-role", ProblemType.FORBIDDEN,
                        "Only monitor-lezer or beleidsregisseur read the triage figures");
    }
}
