package nl.mensenhandel.enforcement.measures;

import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;

/**
 * Rule {@value #RULE}: a measure uses an instrument of the region's catalogue that has a version in force on the day
 * it is proposed (DOMAIN.md §9 "The law changed in 2024": the Omgevingswet replaced the Wabo and the Bouwbesluit
 * 2012, so an instrument's legal basis depends on the date; Awb 3:46 — a decision rests on a legal basis in force).
 */
public final class InstrumentInForce {

    public static final String RULE = "instrument-in-force";

    private InstrumentInForce() {
    }

    public static PolicyDecision check(Proposal proposal) {
        if (proposal.instrument() == null) {
            return PolicyDecision.rejected(RULE, ProblemType.UNPROCESSABLE,
                    "The region's legal framework has no such instrument");
        }
        if (proposal.inForce() == null) {
            return PolicyDecision.rejected(RULE, ProblemType.UNPROCESSABLE, "Instrument "
                    + proposal.instrument().code() + " has no version in force on " + proposal.proposedOn());
        }
        return PolicyDecision.allowed();
    }
}
