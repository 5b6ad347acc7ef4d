package nl.mensenhandel.care.eligibility;

import nl.mensenhandel.care.placements.PlacementType;
import nl.mensenhandel.care.providers.CareLocation;
import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;

/**
 * One named eligibility rule for a placement (one class a rule; their precedence is fixed in
 * {@link PlacementEligibilityRules}). A rule judges only what it is about: where the request is not its concern
 * (another placement type, no location, a fact it needs is unknown) it allows, and a rule earlier in the precedence
 * refuses.
 */
public abstract class EligibilityRule {

    private final String name;

    protected EligibilityRule(String name) {
        this.name = name;
    }

    /** The rule's stable name, shown in the problem detail of a refusal (docs/care.md "Eligibility"). */
    public final String name() {
        return name;
    }

    public abstract PolicyDecision check(EligibilityRequest request);

    /** A refusal by this rule: 422 {@code urn:mensenhandel:problem:unprocessable}, the rule named. */
    protected final PolicyDecision refused(String detail) {
        return PolicyDecision.rejected(name, ProblemType.UNPROCESSABLE, detail);
    }

    /** A rule about one placement type: every other type is allowed. */
    abstract static class ForType extends EligibilityRule {

        private final PlacementType type;

        ForType(String name, PlacementType type) {
            super(name);
            this.type = type;
        }

        @Override
        public final PolicyDecision check(EligibilityRequest request) {
            return request.placementType() == type ? checkType(request) : PolicyDecision.allowed();
        }

        abstract PolicyDecision checkType(EligibilityRequest request);
    }

    /** A rule about what the chosen location takes ({@code type-offered-by-location} refuses a missing one). */
    abstract static class ForLocation extends EligibilityRule {

        ForLocation(String name) {
            super(name);
        }

        @Override
        public final PolicyDecision check(EligibilityRequest request) {
            return request.location() == null ? PolicyDecision.allowed() : checkLocation(request, request.location());
        }

        abstract PolicyDecision checkLocation(EligibilityRequest request, CareLocation location);
    }
}
