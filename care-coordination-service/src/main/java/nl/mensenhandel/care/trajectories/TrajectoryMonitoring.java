package nl.mensenhandel.care.trajectories;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The zorgcoördinator's monitoring of trajectories (DOMAIN.md §5: the care coordinator monitors trajectories): how
 * old a trajectory is, and what is overdue — the next action's date before today ({@code NEXT_ACTION}), an open
 * task's due date before today ({@code TASK:<id>}), a noodbed whose planned end (arrival plus the provider's
 * maximum stay) has passed while the victim is still placed there ({@code NOODBED:<placement id>}; the noodbed is
 * a short stay until structural shelter, so a follow-up placement is late).
 */
public final class TrajectoryMonitoring {

    public static final String NEXT_ACTION = "NEXT_ACTION";

    private TrajectoryMonitoring() {
    }

    /** A noodbed placement still running ({@code GEPLAATST}) with its planned end. */
    public record RunningNoodbed(String placementId, Instant plannedEndAt) {
    }

    /** What the monitoring view adds to a trajectory. */
    public record Monitored(Zorgtraject trajectory, int ageDays, List<String> overdueItems) {

        public boolean overdue() {
            return !overdueItems.isEmpty();
        }
    }

    public static Monitored of(Zorgtraject trajectory, LocalDate today, Instant now,
            Collection<RunningNoodbed> noodbeds) {
        int age = (int) ChronoUnit.DAYS.between(trajectory.openedAt().atZone(TrajectoryReferences.NETHERLANDS)
                .toLocalDate(), today);
        List<String> overdue = new ArrayList<>();
        if (trajectory.status() != TrajectoryStatus.AFGESLOTEN) {
            if (trajectory.nextActionDate() != null && trajectory.nextActionDate().isBefore(today)) {
                overdue.add(NEXT_ACTION);
            }
            trajectory.needs().stream().flatMap(need -> need.tasks().stream())
                    .filter(task -> !task.done() && task.dueDate() != null && task.dueDate().isBefore(today))
                    .forEach(task -> overdue.add("TASK:" + task.id()));
        }
        noodbeds.stream().filter(n -> n.plannedEndAt() != null && n.plannedEndAt().isBefore(now))
                .forEach(n -> overdue.add("NOODBED:" + n.placementId()));
        return new Monitored(trajectory, Math.max(age, 0), List.copyOf(overdue));
    }
}
