package nl.mensenhandel.monitor.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link PrimarySuppression}: 1..threshold-1 hidden, zero and the threshold itself shown, threshold 1 hides nothing. */
class PrimarySuppressionTest {

    @Test
    void countsUnderTheThresholdAreSuppressed() {
        assertThat(PrimarySuppression.applies(1, 5)).isTrue();
        assertThat(PrimarySuppression.applies(4, 5)).isTrue();
    }

    @Test
    void zeroAndCountsFromTheThresholdOnAreShown() {
        assertThat(PrimarySuppression.applies(0, 5)).isFalse();
        assertThat(PrimarySuppression.applies(5, 5)).isFalse();
        assertThat(PrimarySuppression.applies(1, 1)).as("own threshold 1: the region publishes counts of 1").isFalse();
    }
}
