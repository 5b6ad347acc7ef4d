package nl.mensenhandel.care.placements;

import static nl.mensenhandel.platform.policy.PolicyDecision.allowed;
import static nl.mensenhandel.platform.policy.PolicyDecision.rejected;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;

/**
 * The lifecycle of a placement as one explicit table (issue 9 capability 5: requested → reserved (with an expiry) →
 * accepted | declined | expired → placed → ended; DOMAIN.md §5). Every change of a placement's status goes through
 * {@link #step} or {@link #departure}; anything not in the table answers 409 {@code illegal-transition}.
 *
 * <pre>
 * from          to
 * AANGEVRAAGD   GEACCEPTEERD, AFGEWEZEN             (the zorgcoördinator records the answer given outside the platform)
 * GERESERVEERD  GEACCEPTEERD, AFGEWEZEN, VERLOPEN   (the provider answers, or the hold runs out)
 * GEACCEPTEERD  GEPLAATST, BEEINDIGD                (BEEINDIGD only with destination NIET_AANGEKOMEN)
 * GEPLAATST     BEEINDIGD                           (departure, uitstroom)
 * AFGEWEZEN, VERLOPEN, BEEINDIGD  —
 * </pre>
 */
public final class PlacementTransitions {

    public static final String RULE = "placement-lifecycle";

    private static final Map<PlacementStatus, Set<PlacementStatus>> ALLOWED = new EnumMap<>(PlacementStatus.class);

    static {
        ALLOWED.put(PlacementStatus.AANGEVRAAGD, EnumSet.of(PlacementStatus.GEACCEPTEERD, PlacementStatus.AFGEWEZEN));
        ALLOWED.put(PlacementStatus.GERESERVEERD, EnumSet.of(PlacementStatus.GEACCEPTEERD, PlacementStatus.AFGEWEZEN,
                PlacementStatus.VERLOPEN));
        ALLOWED.put(PlacementStatus.GEACCEPTEERD, EnumSet.of(PlacementStatus.GEPLAATST, PlacementStatus.BEEINDIGD));
        ALLOWED.put(PlacementStatus.GEPLAATST, EnumSet.of(PlacementStatus.BEEINDIGD));
        ALLOWED.put(PlacementStatus.AFGEWEZEN, EnumSet.noneOf(PlacementStatus.class));
        ALLOWED.put(PlacementStatus.VERLOPEN, EnumSet.noneOf(PlacementStatus.class));
        ALLOWED.put(PlacementStatus.BEEINDIGD, EnumSet.noneOf(PlacementStatus.class));
    }

    private PlacementTransitions() {
    }

    /** The statuses a placement in {@code from} may go to. */
    public static Set<PlacementStatus> allowedFrom(PlacementStatus from) {
        return Set.copyOf(ALLOWED.get(from));
    }

    /** Rule {@value #RULE}: the step is in the table, else 409 {@code illegal-transition}. */
    public static PolicyDecision step(PlacementStatus from, PlacementStatus to) {
        return ALLOWED.get(from).contains(to) ? allowed()
                : rejected(RULE, ProblemType.ILLEGAL_TRANSITION,
                        "A placement " + from + " cannot become " + to + " (allowed: " + allowedFrom(from) + ")");
    }

    /**
     * Rule {@value #RULE} for a departure: to {@code BEEINDIGD} by the table, and from {@code GEACCEPTEERD} only
     * when the victim never arrived (destination {@code NIET_AANGEKOMEN}) — an accepted placement that was never
     * taken up ends without an intake; any other destination needs the intake first.
     */
    public static PolicyDecision departure(PlacementStatus from, Destination destination) {
        PolicyDecision byTable = step(from, PlacementStatus.BEEINDIGD);
        if (!byTable.isAllowed()) {
            return byTable;
        }
        if (from == PlacementStatus.GEACCEPTEERD && destination != Destination.NIET_AANGEKOMEN) {
            return rejected(RULE, ProblemType.ILLEGAL_TRANSITION, "An accepted placement without intake ends only"
                    + " with destination NIET_AANGEKOMEN; report the intake first");
        }
        return allowed();
    }
}
