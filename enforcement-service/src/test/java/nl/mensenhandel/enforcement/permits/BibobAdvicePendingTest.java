package nl.mensenhandel.enforcement.permits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import nl.mensenhandel.platform.policy.PolicyDecision;

class BibobAdvicePendingTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 1);

    @Test
    void grantingWaitsForARequestedAdviceRefusingDoesNot() {
        PermitApplication.Bibob pending = new PermitApplication.Bibob(DAY, DAY.plusWeeks(8), null, null);
        assertThat(BibobAdvicePending.check(pending, PermitStatus.VERLEEND))
                .isInstanceOfSatisfying(PolicyDecision.Rejected.class,
                        r -> assertThat(r.rule()).isEqualTo("bibob-advice-pending"));
        assertThat(BibobAdvicePending.check(pending, PermitStatus.GEWEIGERD).isAllowed()).isTrue();
        assertThat(BibobAdvicePending.check(null, PermitStatus.VERLEEND).isAllowed()).isTrue();
        assertThat(BibobAdvicePending.check(new PermitApplication.Bibob(DAY, DAY.plusWeeks(8), "GEEN_GEVAAR",
                DAY.plusWeeks(4)), PermitStatus.VERLEEND_MET_VOORSCHRIFTEN).isAllowed()).isTrue();
    }

    @Test
    void overdueIsNoAdviceAfterTheDeadline() {
        PermitApplication.Bibob pending = new PermitApplication.Bibob(DAY, DAY.plusDays(10), null, null);
        assertThat(pending.overdue(DAY.plusDays(10))).isFalse();
        assertThat(pending.overdue(DAY.plusDays(11))).isTrue();
    }
}
