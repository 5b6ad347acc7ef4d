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
     * Rule: the region's figures (areas, partner figures, plateau self-assessments) are read by the beleidsregisseur
     * and monitor readers only (access-matrix rows listAreas, listPartnerFigures, getPlateauAssessment).
     */
    public PolicyDecision mayReadFigures(TenantContext caller) {
        return caller.hasAnyRole(Roles.BELEIDSREGISSEUR, Roles.MONITOR_LEZER)
                ? allowed()
                : rejected("read-figures-requires-regisseur-or-monitor-lezer", ProblemType.FORBIDDEN,
                        "Only a beleidsregisseur or monitor-lezer of the region may read the monitor's figures");
    }

    /**
     * Rule: what the monitor records of the region (partner figures, plateau answers) is recorded by the
     * beleidsregisseur only — the regional owner of the monitor (DOMAIN.md §2; access-matrix rows
     * importPartnerFigures, putPlateauAssessment).
     */
    public PolicyDecision mayRecordFigures(TenantContext caller) {
        return caller.hasRole(Roles.BELEIDSREGISSEUR)
                ? allowed()
                : rejected("record-figures-requires-regisseur", ProblemType.FORBIDDEN,
                        "Only the beleidsregisseur of the region may record the monitor's figures");
    }
}
