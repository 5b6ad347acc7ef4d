package nl.mensenhandel.enforcement.findings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BrpDiscrepancyTest {

    @Test
    void morePersonsPresentThanRegisteredIsADiscrepancy() {
        assertThat(BrpDiscrepancy.found(5, 2)).isTrue();
        assertThat(BrpDiscrepancy.found(2, 2)).isFalse();
        assertThat(BrpDiscrepancy.found(1, 3)).isFalse();
    }

    @Test
    void unknownRegistrationIsNoDiscrepancy() {
        assertThat(BrpDiscrepancy.found(9, null)).isFalse();
    }
}
