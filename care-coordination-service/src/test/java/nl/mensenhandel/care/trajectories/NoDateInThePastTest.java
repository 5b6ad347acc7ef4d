package nl.mensenhandel.care.trajectories;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.mensenhandel.platform.policy.PolicyDecision;

/** Rule no-date-in-the-past: a date set by a request lies today or later; a date already there may stand. */
class NoDateInThePastTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static List<CareNeed> taskDue(String id, LocalDate due) {
        return List.of(new CareNeed(CareNeed.Type.MEDISCH, CareNeed.Status.OPEN,
                List.of(new CareTask(id, "Huisarts", null, due, false))));
    }

    static Zorgtraject withDates(LocalDate nextAction, List<CareNeed> needs) {
        return new Zorgtraject("t", "ijsselland", "ZT-2026-0001", null, TrajectoryStatus.ACTIEF, List.of(), null, null,
                needs, "Bellen", nextAction, List.of(), Instant.EPOCH, "zc", Instant.EPOCH, 3);
    }

    @Test
    void noDateInThePastForANewNextActionOrTask() {
        PolicyDecision nextAction = NoDateInThePast.check(null, TODAY.minusDays(1), List.of(), TODAY);
        assertThat(((PolicyDecision.Rejected) nextAction).rule()).isEqualTo("no-date-in-the-past");
        assertThat(((PolicyDecision.Rejected) nextAction).field()).isEqualTo("nextActionDate");
        PolicyDecision task = NoDateInThePast.check(null, null, taskDue(null, TODAY.minusDays(3)), TODAY);
        assertThat(((PolicyDecision.Rejected) task).field()).isEqualTo("needs");
        assertThat(NoDateInThePast.check(null, TODAY, taskDue(null, TODAY), TODAY).isAllowed()).isTrue();
    }

    @Test
    void aDateTheTrajectoryAlreadyHadMayStandWhenItHasPassed() {
        LocalDate passed = TODAY.minusDays(5);
        Zorgtraject current = withDates(passed, taskDue("task-1", passed));
        assertThat(NoDateInThePast.check(current, passed, taskDue("task-1", passed), TODAY).isAllowed()).isTrue();
        // moving it to another past date is back-dating
        assertThat(NoDateInThePast.check(current, passed.minusDays(1), List.of(), TODAY).isAllowed()).isFalse();
        assertThat(NoDateInThePast.check(current, null, taskDue("task-1", passed.minusDays(1)), TODAY).isAllowed())
                .isFalse();
        assertThat(NoDateInThePast.check(current, null, taskDue("task-2", passed), TODAY).isAllowed()).isFalse();
    }
}
