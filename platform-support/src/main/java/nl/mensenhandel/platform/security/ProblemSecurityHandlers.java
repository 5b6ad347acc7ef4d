package nl.mensenhandel.platform.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;

import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.problem.Problems;
import reactor.core.publisher.Mono;

/** 401 and 403 answered as problem details, with the bearer challenge RFC 6750 asks for. */
public final class ProblemSecurityHandlers implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
        boolean tokenPresent = exchange.getRequest().getHeaders().containsHeader("Authorization");
        exchange.getResponse().getHeaders().set("WWW-Authenticate",
                tokenPresent ? "Bearer error=\"invalid_token\"" : "Bearer");
        return Problems.writeRefusal(exchange, ProblemType.UNAUTHENTICATED,
                tokenPresent ? "The bearer token is invalid or expired." : "A bearer token is required.");
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        return Problems.write(exchange, ProblemType.FORBIDDEN, "Your role may not do this.");
    }
}
