package nl.mensenhandel.care.trajectories;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.mensenhandel.care.trajectories.TrajectoryMonitoring.Monitored;
import nl.mensenhandel.care.trajectories.TrajectoryMonitoring.RunningNoodbed;

/** The monitoring view: age in days and what is overdue (next action, open tasks, a noodbed past its stay). */
class TrajectoryMonitoringTest {

    static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static Zorgtraject trajectory(TrajectoryStatus status, LocalDate nextAction, List<CareTask> tasks) {
        return new Zorgtraject("t-1", "rotterdam", "ZT-2026-0001", null, status, List.of(), null, null,
                List.of(new CareNeed(CareNeed.Type.OPVANG, CareNeed.Status.IN_UITVOERING, tasks)), "Bellen", nextAction,
                List.of(), Instant.parse("2026-11-13T15:00:00Z"), "zc.rotterdam", NOW, 0);
    }

    @Test
    void ageInDaysSinceOpening() {
        assertThat(TrajectoryMonitoring.of(trajectory(TrajectoryStatus.ACTIEF, null, List.of()), TODAY, NOW, List.of())
                .ageDays()).isEqualTo(10);
    }

    @Test
    void overdueNamesTheNextActionEachOpenTaskAndEachNoodbedPastItsStay() {
        List<CareTask> tasks = List.of(new CareTask("late", "Aanvraag B8", null, TODAY.minusDays(1), false),
                new CareTask("done", "Intake", null, TODAY.minusDays(9), true),
                new CareTask("today", "Huisarts", null, TODAY, false));
        Monitored m = TrajectoryMonitoring.of(trajectory(TrajectoryStatus.ACTIEF, TODAY.minusDays(2), tasks), TODAY, NOW,
                List.of(new RunningNoodbed("p-1", NOW.minusSeconds(60)), new RunningNoodbed("p-2", NOW.plusSeconds(60))));
        assertThat(m.overdueItems()).containsExactly("NEXT_ACTION", "TASK:late", "NOODBED:p-1");
        assertThat(m.overdue()).isTrue();
    }

    @Test
    void nothingDueNothingOverdue() {
        Monitored m = TrajectoryMonitoring.of(trajectory(TrajectoryStatus.ACTIEF, TODAY, List.of()), TODAY, NOW,
                List.of());
        assertThat(m.overdue()).isFalse();
        assertThat(m.overdueItems()).isEmpty();
    }

    @Test
    void aClosedTrajectoryHasNoOverdueActions() {
        Monitored m = TrajectoryMonitoring.of(trajectory(TrajectoryStatus.AFGESLOTEN, TODAY.minusDays(2), List.of()),
                TODAY, NOW, List.of());
        assertThat(m.overdue()).isFalse();
    }

    @Test
    void theEarliestNextActionFirstNoneLast() {
        Monitored none = TrajectoryMonitoring.of(trajectory(TrajectoryStatus.ACTIEF, null, List.of()), TODAY, NOW,
                List.of());
        Monitored later = TrajectoryMonitoring.of(trajectory(TrajectoryStatus.ACTIEF, TODAY.plusDays(5), List.of()),
                TODAY, NOW, List.of());
        Monitored sooner = TrajectoryMonitoring.of(trajectory(TrajectoryStatus.ACTIEF, TODAY.plusDays(1), List.of()),
                TODAY, NOW, List.of());
        assertThat(java.util.stream.Stream.of(none, later, sooner).sorted(Trajectories.MONITORING_ORDER).toList())
                .containsExactly(sooner, later, none);
    }
}
