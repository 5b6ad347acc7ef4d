package nl.mensenhandel.triage.cases;

import static nl.mensenhandel.platform.policy.PolicyDecision.allowed;
import static nl.mensenhandel.platform.policy.PolicyDecision.rejected;

import java.util.Collection;
import java.util.List;
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
     * Rule: only an aandachtsfunctionaris opens a casus (Heemstede, IJsselland, Rotterdam: the AF brings a
     * signal to the table; DOMAIN.md §3), and only for municipalities they serve — a casus is put before the
     * table for those municipalities alone.
     */
    public PolicyDecision mayOpen(TenantContext actor, Collection<String> municipalityCodes) {
        if (!actor.hasRole(Roles.AANDACHTSFUNCTIONARIS)) {
            return rejected("open-case-requires-aandachtsfunctionaris", ProblemType.FORBIDDEN,
                    "Only an aandachtsfunctionaris opens a casus");
        }
        List<String> foreign = municipalityCodes.stream().filter(code -> !actor.servesMunicipality(code)).sorted()
                .toList();
        return foreign.isEmpty() ? allowed()
                : rejected("open-case-only-for-own-municipalities", ProblemType.FORBIDDEN,
                        "You do not serve municipalities " + foreign);
    }

    /**
     * Rule: a signal joins a casus only when its municipality is one of the casus' municipalities (the
     * casus is weighed for those municipalities; a signal of another one would reach a table it is not for).
     */
    public PolicyDecision signalFits(String signalMunicipality, Collection<String> municipalityCodes) {
        return municipalityCodes.contains(signalMunicipality) ? allowed()
                : rejected("case-signal-outside-case-municipalities", ProblemType.UNPROCESSABLE,
                        "A signal of municipality " + signalMunicipality + " is not about the casus' municipalities");
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
