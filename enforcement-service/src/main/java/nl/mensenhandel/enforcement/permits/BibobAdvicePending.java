package nl.mensenhandel.enforcement.permits;

import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;

/**
 * Rule {@value #RULE}: while an advice requested from the Landelijk Bureau Bibob is outstanding, the permit is not
 * granted (Wet Bibob art. 9 and 15: the authority asks the advice to weigh the risk before it decides; the decision
 * term is suspended meanwhile, art. 31). Refusing remains possible on other grounds.
 */
public final class BibobAdvicePending {

    public static final String RULE = "bibob-advice-pending";

    private BibobAdvicePending() {
    }

    public static PolicyDecision check(PermitApplication.Bibob bibob, PermitStatus outcome) {
        if (!outcome.granted() || bibob == null || bibob.requestedOn() == null || bibob.advice() != null) {
            return PolicyDecision.allowed();
        }
        return PolicyDecision.rejected(RULE, ProblemType.UNPROCESSABLE,
                "The Bibob advice requested on " + bibob.requestedOn() + " is outstanding");
    }
}
