package nl.mensenhandel.platform.security;

import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.problem.Problems;
import reactor.core.publisher.Mono;

/** Tokens cannot be checked because the identity provider is unreachable: 503 problem, not a 500. */
/* before any component's own catch-all handler (the gateway's runs at -2) */
@Order(-3)
public class IdentityProviderUnavailableHandler implements WebExceptionHandler {

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
        if (ex instanceof AuthenticationServiceException && !exchange.getResponse().isCommitted()) {
            return Problems.write(exchange, ProblemType.SERVICE_UNAVAILABLE,
                    "Tokens cannot be checked right now; try again shortly.");
        }
        return Mono.error(ex);
    }
}
