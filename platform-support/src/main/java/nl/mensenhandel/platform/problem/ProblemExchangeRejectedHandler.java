package nl.mensenhandel.platform.problem;

import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Spring Security's firewall refuses paths that are not normalised ({@code ..}, {@code %2e%2e}, an encoded
 * slash) before any controller runs; its default answer is a bare 400. This one answers the same 400 as
 * problem details, as every error of the platform is.
 */
public final class ProblemExchangeRejectedHandler implements ServerExchangeRejectedHandler {

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
        return Problems.write(exchange, ProblemType.MALFORMED_REQUEST,
                "The request path is not allowed: it must be normalised, without encoded slashes or dots.");
    }
}
