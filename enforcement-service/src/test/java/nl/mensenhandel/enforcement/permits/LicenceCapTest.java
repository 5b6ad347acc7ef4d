package nl.mensenhandel.enforcement.permits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.mensenhandel.enforcement.instruments.MunicipalPolicy;
import nl.mensenhandel.platform.policy.PolicyDecision;

/** Alblasserdam: no window prostitution, at most one sex establishment. */
class LicenceCapTest {

    static final MunicipalPolicy ALBLASSERDAM = new MunicipalPolicy(Map.of(), false,
            Map.of("RAAMPROSTITUTIE", 0, "SEKSINRICHTING", 1));

    @Test
    void belowTheCapOrWithoutCapAllowed() {
        assertThat(LicenceCap.check(ALBLASSERDAM, "SEKSINRICHTING", 0).isAllowed()).isTrue();
        assertThat(LicenceCap.check(ALBLASSERDAM, "HORECA", 40).isAllowed()).isTrue();
    }

    @Test
    void atTheCapRejected() {
        for (PolicyDecision d : new PolicyDecision[] {LicenceCap.check(ALBLASSERDAM, "SEKSINRICHTING", 1),
                LicenceCap.check(ALBLASSERDAM, "RAAMPROSTITUTIE", 0)}) {
            assertThat(d).isInstanceOfSatisfying(PolicyDecision.Rejected.class,
                    r -> assertThat(r.rule()).isEqualTo("licence-cap"));
        }
    }
}
