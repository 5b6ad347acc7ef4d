package nl.mensenhandel.care.eligibility;

import nl.mensenhandel.platform.policy.PolicyDecision;

/**
 * Rule {@value #NAME}: the location asked for offers the placement type (its catalogue entry lists it). Sources:
 * DOMAIN.md §5 (each type has its own providers: "women: Humanitas with CoMensha; men: Drenthe", "crisis places of
 * the labour inspectorate"); the Rotterdam source (003, "Opvang"): "Ook is er binnen Stichting Humanitas een
 * noodbed beschikbaar" — a place of one type is not a place of another.
 */
public final class TypeOfferedByLocationRule extends EligibilityRule {

    public static final String NAME = "type-offered-by-location";

    public TypeOfferedByLocationRule() {
        super(NAME);
    }

    @Override
    public PolicyDecision check(EligibilityRequest request) {
        if (request.location() == null) {
            return refused("No location is named for the placement");
        }
        return request.location().placementTypes().contains(request.placementType()) ? PolicyDecision.allowed()
                : refused("Location " + request.location().id() + " does not offer " + request.placementType());
    }
}
