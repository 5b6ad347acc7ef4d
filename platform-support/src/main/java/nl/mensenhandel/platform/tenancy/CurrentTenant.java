package nl.mensenhandel.platform.tenancy;

import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.problem.ProblemType;
import reactor.core.publisher.Mono;

/** The tenant of the current request, from the reactive security context. */
public final class CurrentTenant {

    private CurrentTenant() {
    }

    /**
     * Emits the caller's tenant context; fails with a 403 problem when the token names no region,
     * because every read and write on this platform is scoped by region.
     */
    public static Mono<TenantContext> get() {
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(JwtAuthenticationToken.class::isInstance)
                .cast(JwtAuthenticationToken.class)
                .map(token -> TenantContext.fromJwt(token.getToken()))
                .switchIfEmpty(Mono.error(() -> new ApiProblem(ProblemType.UNAUTHENTICATED, "No authenticated caller.")))
                .flatMap(tenant -> tenant.region() == null || tenant.region().isBlank()
                        ? Mono.error(new ApiProblem(ProblemType.FORBIDDEN, "The token carries no region."))
                        : Mono.just(tenant));
    }
}
