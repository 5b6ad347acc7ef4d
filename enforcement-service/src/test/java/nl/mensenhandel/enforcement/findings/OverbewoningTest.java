package nl.mensenhandel.enforcement.findings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OverbewoningTest {

    @Test
    void onePersonPerTwelveSquareMetresCountingPersonsNotBeds() {
        assertThat(Overbewoning.maxPersonsForArea(80.0)).isEqualTo(6);
        assertThat(Overbewoning.found(6, 80.0)).isFalse();
        assertThat(Overbewoning.found(7, 80.0)).isTrue();
        assertThat(Overbewoning.maxPersonsForArea(11.9)).isZero();
        assertThat(Overbewoning.found(1, 11.9)).isTrue();
        assertThat(Overbewoning.found(2, 24.0)).isFalse();
    }

    @Test
    void unknownAreaIsNoOverbewoning() {
        assertThat(Overbewoning.maxPersonsForArea(null)).isNull();
        assertThat(Overbewoning.found(40, null)).isFalse();
    }
}
