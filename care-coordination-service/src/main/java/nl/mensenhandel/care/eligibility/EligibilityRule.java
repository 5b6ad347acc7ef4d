package nl.mensenhandel.care.eligibility;

import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;

/**
 * One named eligibility rule for a placement (one class a rule; their precedence is fixed in
 * {@link PlacementEligibilityRules}). A rule judges only what it is about: where the request is not its concern
 * (another placement type, a fact it needs is unknown) it allows, and a rule earlier in the precedence refuses.
 */
public interface EligibilityRule {

    /** The rule's stable name, shown in the problem detail of a refusal (docs/care.md "Eligibility"). */
    String name();

    PolicyDecision check(EligibilityRequest request);

    /** A refusal by this rule: 422 {@code urn:mensenhandel:problem:unprocessable}, the rule named. */
    default PolicyDecision refused(String detail) {
        return PolicyDecision.rejected(name(), ProblemType.UNPROCESSABLE, detail);
    }
}
