package nl.mensenhandel.triage.cases;

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
 * Who reads casussen (need to know). Region is enforced by the data access itself
 * ({@code RegionScopedMongo}); these rules add role and municipality.
 */
@Component
public class CasusAccessPolicy {

    /** Roles that work with every casus of their region: the table, care coordination, regional policy. */
    private static final String[] REGION_WIDE = { Roles.CASUSTAFEL, Roles.ZORGCOORDINATOR, Roles.BELEIDSREGISSEUR };

    /** Rule: the table, the care coordinator, the beleidsregisseur and the aandachtsfunctionaris read casussen. */
    public PolicyDecision mayRead(TenantContext caller) {
        return caller.hasAnyRole(REGION_WIDE) || caller.hasRole(Roles.AANDACHTSFUNCTIONARIS)
                ? allowed()
                : rejected("read-cases-requires-table-role", ProblemType.FORBIDDEN,
                        "Only casustafel, aandachtsfunctionaris, zorgcoordinator or beleidsregisseur may read casussen");
    }

    /**
     * Rule: an aandachtsfunctionaris sees only the casussen of the municipalities they serve; a caller
     * who also holds a region-wide role sees the whole region.
     *
     * @return the municipalities the caller may see, or empty for "the whole region"
     */
    public Optional<Set<String>> visibleMunicipalities(TenantContext caller) {
        return caller.hasAnyRole(REGION_WIDE) ? Optional.empty() : Optional.of(caller.municipalities());
    }
}
