package nl.mensenhandel.care.trajectories;

import static nl.mensenhandel.platform.policy.PolicyDecision.allowed;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;

/**
 * Rule {@value #RULE}: a next action or a task is planned, not back-dated — a date set by this request lies today
 * or later (422 otherwise), so the monitoring view's "overdue" means something (issue 9 capability 2). A date the
 * trajectory already had is kept as it is, also when it has passed meanwhile: that is an overdue action, which the
 * zorgcoördinator must be able to leave standing while changing something else.
 */
public final class NoDateInThePast {

    public static final String RULE = "no-date-in-the-past";

    private NoDateInThePast() {
    }

    /**
     * @param current the trajectory before the change, or null when it is being opened
     */
    public static PolicyDecision check(Zorgtraject current, LocalDate nextActionDate, List<CareNeed> needs,
            LocalDate today) {
        LocalDate before = current == null ? null : current.nextActionDate();
        if (nextActionDate != null && nextActionDate.isBefore(today) && !nextActionDate.equals(before)) {
            return rejected("nextActionDate", "must not lie in the past");
        }
        Map<String, LocalDate> knownDueDates = current == null ? Map.of()
                : current.needs().stream().flatMap(n -> n.tasks().stream())
                        .filter(t -> t.id() != null && t.dueDate() != null)
                        .collect(Collectors.toMap(CareTask::id, CareTask::dueDate, (a, b) -> a));
        boolean backdated = needs.stream().flatMap(n -> n.tasks().stream())
                .anyMatch(task -> task.dueDate() != null && task.dueDate().isBefore(today)
                        && (task.id() == null || !Objects.equals(knownDueDates.get(task.id()), task.dueDate())));
        return backdated ? rejected("needs", "has a task due in the past") : allowed();
    }

    private static PolicyDecision rejected(String field, String message) {
        return new PolicyDecision.Rejected(RULE, ProblemType.UNPROCESSABLE, "Field '" + field + "' " + message, field);
    }

}
