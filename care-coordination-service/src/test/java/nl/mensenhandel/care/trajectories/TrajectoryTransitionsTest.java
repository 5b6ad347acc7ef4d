package nl.mensenhandel.care.trajectories;

import static nl.mensenhandel.care.trajectories.TrajectoryStatus.ACTIEF;
import static nl.mensenhandel.care.trajectories.TrajectoryStatus.AFGESLOTEN;
import static nl.mensenhandel.care.trajectories.TrajectoryStatus.AANGEMELD;
import static nl.mensenhandel.care.trajectories.TrajectoryStatus.NAZORG;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;

/** Rules trajectory-lifecycle and reason-required: the one table of allowed moves, and why a trajectory closes. */
class TrajectoryTransitionsTest {

    static final Map<TrajectoryStatus, Set<TrajectoryStatus>> TABLE = Map.of(
            AANGEMELD, EnumSet.of(ACTIEF, AFGESLOTEN),
            ACTIEF, EnumSet.of(NAZORG, AFGESLOTEN),
            NAZORG, EnumSet.of(ACTIEF, AFGESLOTEN),
            AFGESLOTEN, EnumSet.of(ACTIEF));

    @Test
    void trajectoryLifecycleAllowsExactlyTheMovesOfTheTable() {
        for (TrajectoryStatus from : TrajectoryStatus.values()) {
            for (TrajectoryStatus to : TrajectoryStatus.values()) {
                PolicyDecision decision = TrajectoryTransitions.step(from, to);
                assertThat(decision.isAllowed()).as(from + " -> " + to).isEqualTo(TABLE.get(from).contains(to));
                if (!decision.isAllowed()) {
                    assertThat(((PolicyDecision.Rejected) decision).type()).isEqualTo(ProblemType.ILLEGAL_TRANSITION);
                    assertThat(((PolicyDecision.Rejected) decision).rule()).isEqualTo("trajectory-lifecycle");
                }
            }
        }
    }

    @Test
    void reasonRequiredToCloseAndToReopenNotForOtherMoves() {
        for (TrajectoryStatus from : EnumSet.of(AANGEMELD, ACTIEF, NAZORG)) {
            PolicyDecision closing = TrajectoryTransitions.reason(from, AFGESLOTEN, null);
            assertThat(closing.isAllowed()).isFalse();
            assertThat(((PolicyDecision.Rejected) closing).rule()).isEqualTo("reason-required");
            assertThat(((PolicyDecision.Rejected) closing).type()).isEqualTo(ProblemType.UNPROCESSABLE);
            assertThat(TrajectoryTransitions.reason(from, AFGESLOTEN, "  ").isAllowed()).isFalse();
            assertThat(TrajectoryTransitions.reason(from, AFGESLOTEN, "Teruggekeerd naar land van herkomst").isAllowed())
                    .isTrue();
        }
        assertThat(TrajectoryTransitions.reason(AFGESLOTEN, ACTIEF, null).isAllowed()).isFalse();
        assertThat(TrajectoryTransitions.reason(AFGESLOTEN, ACTIEF, "Opnieuw aangemeld door AVIM").isAllowed()).isTrue();
        assertThat(TrajectoryTransitions.reason(AANGEMELD, ACTIEF, null).isAllowed()).isTrue();
        assertThat(TrajectoryTransitions.reason(ACTIEF, NAZORG, null).isAllowed()).isTrue();
    }

    @Test
    void aClosedTrajectoryIsNotChanged() {
        assertThat(TrajectoryTransitions.changeable(AFGESLOTEN).isAllowed()).isFalse();
        for (TrajectoryStatus open : EnumSet.of(AANGEMELD, ACTIEF, NAZORG)) {
            assertThat(TrajectoryTransitions.changeable(open).isAllowed()).isTrue();
        }
    }
}
