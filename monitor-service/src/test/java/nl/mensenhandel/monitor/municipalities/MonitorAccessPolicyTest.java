package nl.mensenhandel.monitor.municipalities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.tenancy.TenantContext;

/** {@link MonitorAccessPolicy#mayReadFigures}: beleidsregisseur and monitor-lezer only (access matrix rows). */
class MonitorAccessPolicyTest {

    final MonitorAccessPolicy policy = new MonitorAccessPolicy();

    static TenantContext caller(String role) {
        return new TenantContext("sub", role + ".test", "zaanstreek-waterland", Set.of(), null, null, Set.of(role));
    }

    @Test
    void theBeleidsregisseurAndMonitorReadersReadTheFigures() {
        assertThat(policy.mayReadFigures(caller("beleidsregisseur")).isAllowed()).isTrue();
        assertThat(policy.mayReadFigures(caller("monitor-lezer")).isAllowed()).isTrue();
    }

    @Test
    void otherRolesDoNot() {
        for (String role : List.of("aandachtsfunctionaris", "regio-beheerder", "handhaver", "zorgcoordinator")) {
            assertThat(policy.mayReadFigures(caller(role))).isInstanceOf(PolicyDecision.Rejected.class);
        }
    }
}
