package nl.mensenhandel.care.costs;

import static nl.mensenhandel.platform.policy.PolicyDecision.allowed;
import static nl.mensenhandel.platform.policy.PolicyDecision.rejected;

import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.tenancy.Roles;
import nl.mensenhandel.platform.tenancy.TenantContext;

/**
 * Who sees and sets the region's cost key ({@code api-specs/access-matrix.yaml}, rows {@code getCostAllocation} and
 * {@code putCostAllocation}). The region is the caller's own: another region's key is never addressed.
 */
@Component
public class CostAccessPolicy {

    /** Rule: the zorgcoördinator, the beleidsregisseur and the regio-beheerder read the region's cost key. */
    public PolicyDecision mayRead(TenantContext caller) {
        return caller.hasAnyRole(Roles.ZORGCOORDINATOR, Roles.BELEIDSREGISSEUR, Roles.REGIO_BEHEERDER)
                ? allowed()
                : rejected("read-cost-allocation-requires-role", ProblemType.FORBIDDEN,
                        "Only a zorgcoordinator, beleidsregisseur or regio-beheerder may read the cost allocation");
    }

    /** Rule: only the regio-beheerder sets the region's cost key (the region's own agreement, not the care staff's). */
    public PolicyDecision mayWrite(TenantContext caller) {
        return caller.hasRole(Roles.REGIO_BEHEERDER)
                ? allowed()
                : rejected("set-cost-allocation-requires-regio-beheerder", ProblemType.FORBIDDEN,
                        "Only a regio-beheerder may set the cost allocation");
    }
}
