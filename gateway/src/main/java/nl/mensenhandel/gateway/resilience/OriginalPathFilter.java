package nl.mensenhandel.gateway.resilience;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Remembers the path the client asked for: the circuit breaker forwards a failed request to
 * {@code /fallback}, and the 503 problem's {@code instance} should name the client's path, not that one.
 */
@Component
public class OriginalPathFilter implements GlobalFilter, Ordered {

    public static final String ORIGINAL_PATH_ATTR = OriginalPathFilter.class.getName() + ".path";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        exchange.getAttributes().putIfAbsent(ORIGINAL_PATH_ATTR, exchange.getRequest().getPath().value());
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
