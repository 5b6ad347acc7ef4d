package nl.mensenhandel.enforcement.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.mensenhandel.platform.policy.PolicyDecision;

class SuspendedByVoorlopigeVoorzieningTest {

    static Measure measure(boolean suspended) {
        return new Measure("m", "rotterdam", "GM0599", "X", "b", null, null, null, null, MeasureStatus.BESLUIT,
                Proposals.DAY, false, null, null, false, suspended, null, null, null, null, null, null, null, null,
                null, Proposals.DAY, false, null, null, null, 0, null);
    }

    @Test
    void aGrantedVoorlopigeVoorzieningBlocksUitvoeringABezwaarAloneDoesNot() {
        assertThat(SuspendedByVoorlopigeVoorziening.check(measure(false), MeasureStatus.UITVOERING).isAllowed())
                .isTrue();
        assertThat(SuspendedByVoorlopigeVoorziening.check(measure(true), MeasureStatus.BEEINDIGD).isAllowed()).isTrue();
        assertThat(SuspendedByVoorlopigeVoorziening.check(measure(true), MeasureStatus.UITVOERING))
                .isInstanceOfSatisfying(PolicyDecision.Rejected.class,
                        r -> assertThat(r.rule()).isEqualTo("suspended-by-voorlopige-voorziening"));
    }
}
