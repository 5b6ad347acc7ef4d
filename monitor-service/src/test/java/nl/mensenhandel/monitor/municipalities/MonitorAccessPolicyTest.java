package nl.mensenhandel.monitor.municipalities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.tenancy.TenantContext;

/** Who reads and who records the monitor's figures (access-matrix rows of issue 11). */
class MonitorAccessPolicyTest {

    private final MonitorAccessPolicy policy = new MonitorAccessPolicy();

    private static TenantContext with(String role) {
        return new TenantContext("s", "u", "kennemerland", Set.of(), null, null, Set.of(role));
    }

    @Test
    void regisseurAndMonitorLezerReadTheFiguresOthersDoNot() {
        assertThat(policy.mayReadFigures(with("beleidsregisseur")).isAllowed()).isTrue();
        assertThat(policy.mayReadFigures(with("monitor-lezer")).isAllowed()).isTrue();
        assertThat(policy.mayReadFigures(with("aandachtsfunctionaris")))
                .isInstanceOfSatisfying(PolicyDecision.Rejected.class,
                        r -> assertThat(r.rule()).isEqualTo("read-figures-requires-regisseur-or-monitor-lezer"));
    }

    @Test
    void onlyTheRegisseurRecords() {
        assertThat(policy.mayRecordFigures(with("beleidsregisseur")).isAllowed()).isTrue();
        assertThat(policy.mayRecordFigures(with("monitor-lezer")))
                .isInstanceOfSatisfying(PolicyDecision.Rejected.class,
                        r -> assertThat(r.rule()).isEqualTo("record-figures-requires-regisseur"));
    }
}
