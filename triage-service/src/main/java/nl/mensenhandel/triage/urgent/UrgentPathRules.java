package nl.mensenhandel.triage.urgent;

import static nl.mensenhandel.platform.policy.PolicyDecision.allowed;
import static nl.mensenhandel.platform.policy.PolicyDecision.rejected;

import java.time.Instant;
import java.util.List;

import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.triage.cases.AcuteIntervention;

/**
 * The rules of the urgent path (DOMAIN.md §3 "snel acteren"; issue 8 §7): acute intervention happens first and
 * monodisciplinary — police/OM, the burgemeester or the zorgcoördinator — and the table is informed after. So a
 * casus flagged urgent records what was already done, and only an urgent casus records acute interventions.
 */
public final class UrgentPathRules {

    private UrgentPathRules() {
    }

    /** All rules at once, the first rejection wins. */
    public static PolicyDecision check(boolean urgent, List<AcuteIntervention> interventions, Instant now) {
        for (PolicyDecision decision : List.of(urgentNeedsAcuteIntervention(urgent, interventions),
                acuteInterventionsOnlyWhenUrgent(urgent, interventions),
                acuteInterventionNotInTheFuture(interventions, now))) {
            if (!decision.isAllowed()) {
                return decision;
            }
        }
        return allowed();
    }

    /** Rule urgent-case-needs-acute-intervention: the urgent path starts with an intervention already taken. */
    public static PolicyDecision urgentNeedsAcuteIntervention(boolean urgent, List<AcuteIntervention> interventions) {
        return !urgent || !interventions.isEmpty() ? allowed()
                : rejected("urgent-case-needs-acute-intervention", ProblemType.UNPROCESSABLE,
                        "An urgent casus records the acute intervention already taken (acuteInterventions, at least one)");
    }

    /** Rule acute-interventions-only-when-urgent: a casus on the normal path waits for the table. */
    public static PolicyDecision acuteInterventionsOnlyWhenUrgent(boolean urgent, List<AcuteIntervention> interventions) {
        return urgent || interventions.isEmpty() ? allowed()
                : rejected("acute-interventions-only-when-urgent", ProblemType.UNPROCESSABLE,
                        "Acute interventions are recorded only for an urgent casus (urgent: true)");
    }

    /** Rule acute-intervention-already-taken: it is recorded after the fact, so not in the future. */
    public static PolicyDecision acuteInterventionNotInTheFuture(List<AcuteIntervention> interventions, Instant now) {
        // a few minutes of leeway for clocks of other systems
        Instant latest = now.plusSeconds(300);
        return interventions.stream().noneMatch(i -> i.takenAt().isAfter(latest)) ? allowed()
                : rejected("acute-intervention-already-taken", ProblemType.UNPROCESSABLE,
                        "An acute intervention is recorded after it was taken; takenAt lies in the future");
    }
}
