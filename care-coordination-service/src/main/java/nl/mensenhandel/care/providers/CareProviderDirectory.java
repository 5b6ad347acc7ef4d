package nl.mensenhandel.care.providers;

import static nl.mensenhandel.platform.policy.PolicyDecision.allowed;
import static nl.mensenhandel.platform.policy.PolicyDecision.rejected;

import java.util.List;

import org.springframework.stereotype.Service;

import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.tenancy.Roles;
import nl.mensenhandel.platform.tenancy.TenantContext;
import reactor.core.publisher.Mono;

/**
 * {@code listCareProviders}: the catalogue of the caller's region as the caller may see it. The catalogue is
 * configuration without personal data, so reading it is not access-logged.
 */
@Service
public class CareProviderDirectory {

    private final CareProviderCatalogue catalogue;

    public CareProviderDirectory(CareProviderCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public Mono<List<CareProvider>> visibleTo(TenantContext caller) {
        return mayList(caller).enforce(caller).map(c -> catalogue.providers(c.region()).stream()
                .filter(provider -> !c.hasRole(Roles.ZORGAANBIEDER) || mayManageRegion(c)
                        || provider.id().equals(c.provider()))
                .toList());
    }

    /**
     * Rule {@code list-providers-requires-care-role} (access matrix {@code listCareProviders}): the region's
     * zorgcoordinator and regio-beheerder see the whole catalogue; a zorgaanbieder only its own provider (and a
     * provider token without the claim {@code provider} is misconfigured: 403); every other role 403.
     */
    static PolicyDecision mayList(TenantContext caller) {
        if (mayManageRegion(caller)) {
            return allowed();
        }
        if (caller.hasRole(Roles.ZORGAANBIEDER)) {
            return caller.provider() != null && !caller.provider().isBlank() ? allowed()
                    : rejected("provider-claim-required", ProblemType.FORBIDDEN,
                            "The token of a zorgaanbieder must name its provider");
        }
        return rejected("list-providers-requires-care-role", ProblemType.FORBIDDEN,
                "Only a zorgcoordinator, a regio-beheerder or a zorgaanbieder may list care providers");
    }

    private static boolean mayManageRegion(TenantContext caller) {
        return caller.hasAnyRole(Roles.ZORGCOORDINATOR, Roles.REGIO_BEHEERDER);
    }
}
