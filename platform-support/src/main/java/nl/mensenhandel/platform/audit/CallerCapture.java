package nl.mensenhandel.platform.audit;

import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import nl.mensenhandel.platform.tenancy.TenantContext;
import reactor.core.publisher.Mono;

/**
 * Runs after the security chain has validated the token and notes the caller in the request's
 * {@link RequestAudit}, so a call refused further in (403, 404) is logged with who tried it.
 */
public class CallerCapture implements WebFilter, Ordered {

    /** After Spring Security's WebFilterChainProxy (order -100). */
    public static final int ORDER = 0;

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        RequestAudit request = exchange.getAttribute(RequestAudit.ATTRIBUTE);
        if (request == null) {
            return chain.filter(exchange);
        }
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(security -> security.getAuthentication())
                .filter(auth -> auth.getPrincipal() instanceof Jwt)
                .doOnNext(auth -> {
                    Jwt jwt = (Jwt) auth.getPrincipal();
                    String[] client = clientInfo(jwt);
                    request.authenticated(TenantContext.fromJwt(jwt), client[0], client[1]);
                })
                .then(Mono.defer(() -> chain.filter(exchange)));
    }

    /** {@code azp} (the client the token was issued to) and {@code act.sub} (token exchange: acting for). */
    static String[] clientInfo(Jwt jwt) {
        String onBehalfOf = null;
        Object act = jwt.getClaims().get("act");
        if (act instanceof Map<?, ?> actor && actor.get("sub") != null) {
            onBehalfOf = String.valueOf(actor.get("sub"));
        }
        return new String[] { jwt.getClaimAsString("azp"), onBehalfOf };
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
