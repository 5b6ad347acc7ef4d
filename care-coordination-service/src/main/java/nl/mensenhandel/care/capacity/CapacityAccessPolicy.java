package nl.mensenhandel.care.capacity;

import static nl.mensenhandel.platform.policy.PolicyDecision.allowed;
import static nl.mensenhandel.platform.policy.PolicyDecision.rejected;

import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.tenancy.Roles;
import nl.mensenhandel.platform.tenancy.TenantContext;

/**
 * Who reads and publishes capacity (access matrix rows {@code listCapacity}, {@code publishCapacity}). The region is
 * the caller's own (token claim); a care provider is further limited to its own provider (claim {@code provider}).
 */
final class CapacityAccessPolicy {

    private CapacityAccessPolicy() {
    }

    /** Rule {@code read-capacity-requires-care-role}: the region's zorgcoordinator, or a provider for its own. */
    static PolicyDecision mayRead(TenantContext caller) {
        if (caller.hasRole(Roles.ZORGCOORDINATOR)) {
            return allowed();
        }
        if (caller.hasRole(Roles.ZORGAANBIEDER)) {
            return hasProvider(caller);
        }
        return rejected("read-capacity-requires-care-role", ProblemType.FORBIDDEN,
                "Only a zorgcoordinator or a zorgaanbieder may read capacity");
    }

    /** Rule {@code publish-capacity-by-provider}: only a care provider publishes, and only its own locations. */
    static PolicyDecision mayPublish(TenantContext caller) {
        return caller.hasRole(Roles.ZORGAANBIEDER) ? hasProvider(caller)
                : rejected("publish-capacity-by-provider", ProblemType.FORBIDDEN,
                        "Only a zorgaanbieder publishes capacity");
    }

    /** The whole region for the zorgcoordinator; only its own provider for a care provider. */
    static boolean seesOnlyOwnProvider(TenantContext caller) {
        return !caller.hasRole(Roles.ZORGCOORDINATOR);
    }

    /** A provider client whose token names no provider is misconfigured: it sees nothing (403). */
    private static PolicyDecision hasProvider(TenantContext caller) {
        return caller.provider() != null && !caller.provider().isBlank() ? allowed()
                : rejected("provider-claim-required", ProblemType.FORBIDDEN,
                        "The token of a zorgaanbieder must name its provider");
    }
}
