package nl.mensenhandel.care.placements;

import static nl.mensenhandel.care.placements.PlacementStatus.AANGEVRAAGD;
import static nl.mensenhandel.care.placements.PlacementStatus.AFGEWEZEN;
import static nl.mensenhandel.care.placements.PlacementStatus.BEEINDIGD;
import static nl.mensenhandel.care.placements.PlacementStatus.GEACCEPTEERD;
import static nl.mensenhandel.care.placements.PlacementStatus.GEPLAATST;
import static nl.mensenhandel.care.placements.PlacementStatus.GERESERVEERD;
import static nl.mensenhandel.care.placements.PlacementStatus.VERLOPEN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;

/** Rule placement-lifecycle: the one table of allowed moves, and the departure of an accepted placement. */
class PlacementTransitionsTest {

    static final Map<PlacementStatus, Set<PlacementStatus>> EXPECTED = Map.of(
            AANGEVRAAGD, EnumSet.of(GEACCEPTEERD, AFGEWEZEN),
            GERESERVEERD, EnumSet.of(GEACCEPTEERD, AFGEWEZEN, VERLOPEN),
            GEACCEPTEERD, EnumSet.of(GEPLAATST, BEEINDIGD),
            GEPLAATST, EnumSet.of(BEEINDIGD),
            AFGEWEZEN, EnumSet.noneOf(PlacementStatus.class),
            VERLOPEN, EnumSet.noneOf(PlacementStatus.class),
            BEEINDIGD, EnumSet.noneOf(PlacementStatus.class));

    @Test
    void placementLifecycleAllowsExactlyTheStepsOfTheTable() {
        for (PlacementStatus from : PlacementStatus.values()) {
            for (PlacementStatus to : PlacementStatus.values()) {
                PolicyDecision decision = PlacementTransitions.step(from, to);
                assertThat(decision.isAllowed()).as(from + " -> " + to).isEqualTo(EXPECTED.get(from).contains(to));
            }
        }
    }

    @Test
    void placementLifecycleRefusesAnIllegalStepAs409NamingTheRule() {
        PolicyDecision decision = PlacementTransitions.step(VERLOPEN, GEACCEPTEERD);
        assertThat(decision).isInstanceOfSatisfying(PolicyDecision.Rejected.class, rejected -> {
            assertThat(rejected.rule()).isEqualTo("placement-lifecycle");
            assertThat(rejected.type()).isEqualTo(ProblemType.ILLEGAL_TRANSITION);
        });
    }

    @Test
    void placementLifecycleEndsAnAcceptedPlacementOnlyAsNietAangekomen() {
        assertThat(PlacementTransitions.departure(GEACCEPTEERD, Destination.NIET_AANGEKOMEN).isAllowed()).isTrue();
        assertThat(PlacementTransitions.departure(GEACCEPTEERD, Destination.EIGEN_WOONRUIMTE))
                .isInstanceOfSatisfying(PolicyDecision.Rejected.class,
                        rejected -> assertThat(rejected.type()).isEqualTo(ProblemType.ILLEGAL_TRANSITION));
        assertThat(PlacementTransitions.departure(GEPLAATST, Destination.EIGEN_WOONRUIMTE).isAllowed()).isTrue();
        assertThat(PlacementTransitions.departure(GERESERVEERD, Destination.NIET_AANGEKOMEN).isAllowed()).isFalse();
        assertThat(PlacementTransitions.departure(BEEINDIGD, Destination.EIGEN_WOONRUIMTE).isAllowed()).isFalse();
    }
}
