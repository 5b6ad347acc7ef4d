package nl.mensenhandel.care.capacity;

import static nl.mensenhandel.platform.policy.PolicyDecision.allowed;
import static nl.mensenhandel.platform.policy.PolicyDecision.rejected;

import java.time.Duration;
import java.time.Instant;

import nl.mensenhandel.care.placements.PlacementType;
import nl.mensenhandel.care.providers.CareLocation;
import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;

/**
 * The rules of a capacity publication ({@code publishCapacity}, 422 naming the rule), in the order they are checked.
 * Source: issue 9 §4 (the coordination API for care providers) and the contract
 * {@code api-specs/care-coordination-service.yaml}.
 */
final class CapacityRules {

    /** A provider's clock may run this far ahead of ours: its count is still "now", not "in the future". */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private CapacityRules() {
    }

    /**
     * Rule {@code type-offered-by-location}: a location publishes capacity only for a placement type it offers
     * (the catalogue, {@code care.regions.<region>.providers}); anything else could never be reserved.
     */
    static PolicyDecision typeOfferedByLocation(CareLocation location, PlacementType type) {
        return location.placementTypes().contains(type) ? allowed()
                : rejected("type-offered-by-location", ProblemType.UNPROCESSABLE,
                        "Location " + location.id() + " does not offer " + type + "; it offers "
                                + location.placementTypes());
    }

    /** Rule {@code available-within-maximum}: a location cannot have more places available than it has. */
    static PolicyDecision availableWithinMaximum(int maximum, int available) {
        return available <= maximum ? allowed()
                : rejected("available-within-maximum", ProblemType.UNPROCESSABLE,
                        "available (" + available + ") is more than maximum (" + maximum + ")");
    }

    /**
     * Rule {@code counted-not-in-future}: {@code updatedAt} is when the provider counted, so it cannot lie in the
     * future — allowing {@link #CLOCK_SKEW} for the provider's clock. A count from the future would outrank every
     * real publication after it (later publications with an earlier {@code updatedAt} are ignored).
     */
    static PolicyDecision countedNotInFuture(Instant updatedAt, Instant now) {
        return !updatedAt.isAfter(now.plus(CLOCK_SKEW)) ? allowed()
                : rejected("counted-not-in-future", ProblemType.UNPROCESSABLE,
                        "updatedAt " + updatedAt + " lies in the future");
    }
}
