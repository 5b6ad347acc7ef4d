package nl.mensenhandel.enforcement.inspections;

import static nl.mensenhandel.platform.policy.PolicyDecision.allowed;
import static nl.mensenhandel.platform.policy.PolicyDecision.rejected;

import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.tenancy.Roles;
import nl.mensenhandel.platform.tenancy.TenantContext;

/**
 * Who reads integrated inspections (need to know). Region is enforced by the data access itself
 * ({@code RegionScopedMongo}); these rules add role and municipality.
 */
@Component
public class InspectionAccessPolicy {

    /** Rule: handhavers, aandachtsfunctionarissen and the beleidsregisseur read inspections. */
    public PolicyDecision mayRead(TenantContext caller) {
        return caller.hasAnyRole(Roles.HANDHAVER, Roles.AANDACHTSFUNCTIONARIS, Roles.BELEIDSREGISSEUR)
                ? allowed()
                : rejected("read-inspections-requires-enforcement-role", ProblemType.FORBIDDEN,
                        "Only a handhaver, an aandachtsfunctionaris or a beleidsregisseur may read inspections");
    }

    /**
     * Rule: handhavers and aandachtsfunctionarissen see the inspections in the municipalities they serve;
     * the beleidsregisseur the whole region.
     *
     * @return the municipalities the caller may see, or empty for "the whole region"
     */
    public Optional<Set<String>> visibleMunicipalities(TenantContext caller) {
        return caller.hasRole(Roles.BELEIDSREGISSEUR) ? Optional.empty() : Optional.of(caller.municipalities());
    }
}
