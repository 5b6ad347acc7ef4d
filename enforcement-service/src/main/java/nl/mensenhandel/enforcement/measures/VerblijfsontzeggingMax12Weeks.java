package nl.mensenhandel.enforcement.measures;

import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;

/**
 * Rule {@value #RULE}: an instrument limited in time by the catalogue ({@code max-duration-weeks}) needs a duration
 * within it — the verblijfsontzegging of APV art. 2:78 at most 12 weeks. Source: draft regional framework,
 * bijlage 5: "een verblijfsontzegging op te leggen voor het gebied rondom de woning of het lokaal op grond van
 * artikel 2:78 van de APV (tot maximaal 12 weken)".
 */
public final class VerblijfsontzeggingMax12Weeks {

    public static final String RULE = "verblijfsontzegging-max-12-weeks";

    private VerblijfsontzeggingMax12Weeks() {
    }

    public static PolicyDecision check(Proposal proposal) {
        Integer max = proposal.instrument() == null ? null : proposal.instrument().maxDurationWeeks();
        if (max == null) {
            return PolicyDecision.allowed();
        }
        if (proposal.durationWeeks() == null) {
            return PolicyDecision.rejected(RULE, ProblemType.UNPROCESSABLE, "Instrument "
                    + proposal.instrument().code() + " needs durationWeeks (at most " + max + ")");
        }
        if (proposal.durationWeeks() > max) {
            return PolicyDecision.rejected(RULE, ProblemType.UNPROCESSABLE, "Instrument "
                    + proposal.instrument().code() + " lasts at most " + max + " weeks, not "
                    + proposal.durationWeeks());
        }
        return PolicyDecision.allowed();
    }
}
