package nl.mensenhandel.care.reports;

import static nl.mensenhandel.platform.policy.PolicyDecision.allowed;
import static nl.mensenhandel.platform.policy.PolicyDecision.rejected;

import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.tenancy.Roles;
import nl.mensenhandel.platform.tenancy.TenantContext;

/** Who exports the CoMensha report ({@code api-specs/access-matrix.yaml}, rows {@code getComenshaReport*}). */
@Component
public class ReportAccessPolicy {

    /**
     * Rule: only the zorgcoördinator reports to CoMensha — the care coordinator "monitors trajectories and reports
     * to CoMensha" (DOMAIN.md §5); nobody else needs even the pseudonymised victims of the region.
     */
    public PolicyDecision mayExport(TenantContext caller) {
        return caller.hasRole(Roles.ZORGCOORDINATOR)
                ? allowed()
                : rejected("comensha-report-requires-zorgcoordinator", ProblemType.FORBIDDEN,
                        "Only a zorgcoordinator may export the CoMensha report");
    }
}
