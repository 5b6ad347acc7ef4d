package nl.mensenhandel.platform.security;

import java.util.Collection;
import java.util.Set;

import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.tenancy.TenantContext;
import reactor.core.publisher.Mono;

/**
 * Recognises the platform's own services calling each other (docs/security.md "Service-to-service calls"): a
 * validated token issued by client credentials to one of the trusted clients, read from its {@code azp} (the
 * client the token was issued to), carrying no user's tenancy ({@code region}). These clients have no user login
 * flow, so no user token carries their {@code azp}; a user token is never a service account, whatever its roles.
 * <p>
 * One instance per list of trusted clients (e.g. {@code care.request-clients}); used by every receiver of
 * service-to-service commands, so the rule is written once.
 */
public final class ServiceAccounts {

    private final Set<String> trustedClients;

    public ServiceAccounts(Collection<String> trustedClients) {
        this.trustedClients = Set.copyOf(trustedClients);
    }

    /** A platform service calling: its client id, and the subject and username of its service-account user. */
    public record ServiceAccount(String clientId, String subject, String username) {

        /**
         * The service as the actor of a command in a region it names (a service has no region of its own): for
         * the access log and region-scoped data access. It holds no role and no municipality.
         */
        public TenantContext actingIn(String region) {
            return new TenantContext(subject, clientId, region, Set.of(), null, null, Set.of());
        }
    }

    /** The calling service account, or empty when the caller is not one of the trusted clients' accounts. */
    public Mono<ServiceAccount> current() {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(security -> security.getAuthentication())
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(auth -> ((JwtAuthenticationToken) auth).getToken())
                .filter(this::isTrusted)
                .map(jwt -> new ServiceAccount(jwt.getClaimAsString("azp"), jwt.getSubject(),
                        jwt.getClaimAsString("preferred_username")));
    }

    /**
     * The calling service account, or a 403 problem naming the rule for anyone else (users of any role, other
     * clients).
     */
    public Mono<ServiceAccount> require(String rule, String what) {
        return current().switchIfEmpty(Mono.error(() -> new ApiProblem(ProblemType.FORBIDDEN,
                what + " (service accounts of " + trustedClients + " only; rule: " + rule + ").")));
    }

    /** A trusted client's own account: its {@code azp} is listed and it carries no user's region. */
    public boolean isTrusted(Jwt jwt) {
        String client = jwt.getClaimAsString("azp");
        String region = jwt.getClaimAsString(TenantContext.REGION_CLAIM);
        return client != null && trustedClients.contains(client) && (region == null || region.isBlank());
    }

    public Set<String> trustedClients() {
        return trustedClients;
    }
}
