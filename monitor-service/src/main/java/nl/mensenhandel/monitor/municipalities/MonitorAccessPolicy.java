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

    /**
     * Rule: the regional monitor's figures and the national view (access matrix rows {@code getMonitorFigures},
     * {@code exportMonitorFiguresCsv}, {@code getNationalFigures}): the beleidsregisseur and monitor readers of the
     * caller's region only (issue 11 §9); the region is always the token's.
     */
    public PolicyDecision mayReadFigures(TenantContext caller) {
        return caller.hasAnyRole(Roles.BELEIDSREGISSEUR, Roles.MONITOR_LEZER)
                ? allowed()
                : rejected("read-figures-requires-beleidsregisseur-or-monitor-lezer", ProblemType.FORBIDDEN,
                        "Only a beleidsregisseur or monitor-lezer may read the monitor's figures");
    }
}
