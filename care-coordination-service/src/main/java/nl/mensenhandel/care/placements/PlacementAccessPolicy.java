package nl.mensenhandel.care.placements;

import static nl.mensenhandel.platform.policy.PolicyDecision.allowed;
import static nl.mensenhandel.platform.policy.PolicyDecision.rejected;

import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.tenancy.Roles;
import nl.mensenhandel.platform.tenancy.TenantContext;

/**
 * Who reads placements (need to know). Region is enforced by the data access itself
 * ({@code RegionScopedMongo}); these rules add role and provider.
 */
@Component
public class PlacementAccessPolicy {

    /**
     * Rule: the care coordinator reads placements; so does a care provider, provided its token names the
     * provider (a provider client without that claim is misconfigured and sees nothing: 403).
     */
    public PolicyDecision mayRead(TenantContext caller) {
        if (caller.hasRole(Roles.ZORGCOORDINATOR)) {
            return allowed();
        }
        if (caller.hasRole(Roles.ZORGAANBIEDER)) {
            return caller.provider() != null && !caller.provider().isBlank()
                    ? allowed()
                    : rejected("provider-claim-required", ProblemType.FORBIDDEN,
                            "The token of a zorgaanbieder must name its provider");
        }
        return rejected("read-placements-requires-care-role", ProblemType.FORBIDDEN,
                "Only a zorgcoordinator or a zorgaanbieder may read placements");
    }

    /**
     * Rule {@code request-placement-by-zorgcoordinator}: only the region's care coordinator requests a placement for a
     * trajectory (issue 9 capability 5; a provider receives requests, it does not make them).
     */
    public PolicyDecision mayRequest(TenantContext caller) {
        return caller.hasRole(Roles.ZORGCOORDINATOR) ? allowed()
                : rejected("request-placement-by-zorgcoordinator", ProblemType.FORBIDDEN,
                        "Only a zorgcoordinator may request a placement");
    }

    /**
     * Rule: who may read a placement may also answer it and report intake and departure (issue 9 capability 4): the
     * provider for its own placements, the care coordinator for what a provider told it outside the platform.
     */
    public PolicyDecision mayAnswer(TenantContext caller) {
        return mayRead(caller);
    }

    /**
     * Rule: a care provider sees only its own placements; the care coordinator the whole region.
     *
     * @return the provider whose placements the caller may see, or empty for "the whole region"
     */
    public Optional<String> visibleProvider(TenantContext caller) {
        return caller.hasRole(Roles.ZORGCOORDINATOR) ? Optional.empty() : Optional.of(caller.provider());
    }
}
