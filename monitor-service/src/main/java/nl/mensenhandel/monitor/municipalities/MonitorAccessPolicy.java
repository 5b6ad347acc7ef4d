package nl.mensenhandel.monitor.municipalities;

import static nl.mensenhandel.platform.policy.PolicyDecision.allowed;
import static nl.mensenhandel.platform.policy.PolicyDecision.rejected;

import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.tenancy.Roles;
import nl.mensenhandel.platform.tenancy.TenantContext;

/** Who reads the regional monitor. Everything it shows is scoped to the caller's region. */
@Component
public class MonitorAccessPolicy {

    /** Rule: the beleidsregisseur, monitor readers, the region's administrator and aandachtsfunctionarissen. */
    public PolicyDecision mayRead(TenantContext caller) {
        return caller.hasAnyRole(Roles.BELEIDSREGISSEUR, Roles.MONITOR_LEZER, Roles.REGIO_BEHEERDER,
                Roles.AANDACHTSFUNCTIONARIS)
                ? allowed()
                : rejected("read-monitor-requires-monitor-role", ProblemType.FORBIDDEN,
                        "Only a beleidsregisseur, monitor-lezer, regio-beheerder or aandachtsfunctionaris may read the monitor");
    }
}
