package nl.mensenhandel.gateway.ratelimit;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.HasRouteId;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpHeaders;

import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.problem.Problems;
import reactor.core.publisher.Mono;

/**
 * {@code ClientRateLimit}: like Spring Cloud Gateway's {@code RequestRateLimiter} (same {@link RateLimiter}
 * and {@link KeyResolver} abstractions, so the in-memory and Redis stores are interchangeable), but a
 * denied request gets a 429 {@code application/problem+json} of type
 * {@code urn:mensenhandel:problem:rate-limited} with a {@code Retry-After} header instead of an empty body.
 */
public class ClientRateLimitGatewayFilterFactory
        extends AbstractGatewayFilterFactory<ClientRateLimitGatewayFilterFactory.Config> {

    /** Used when the store gives no exact wait (Redis): its buckets refill every second. */
    static final String DEFAULT_RETRY_AFTER_SECONDS = "1";

    private final RateLimiter<?> rateLimiter;
    private final KeyResolver keyResolver;

    public ClientRateLimitGatewayFilterFactory(RateLimiter<?> rateLimiter, KeyResolver keyResolver) {
        super(Config.class);
        this.rateLimiter = rateLimiter;
        this.keyResolver = keyResolver;
    }

    @Override
    public GatewayFilter apply(Config config) {
        return (exchange, chain) -> keyResolver.resolve(exchange)
                .defaultIfEmpty("anonymous")
                .flatMap(key -> rateLimiter.isAllowed(routeId(config, exchange.getAttributes()), key))
                .flatMap(response -> {
                    HttpHeaders headers = exchange.getResponse().getHeaders();
                    response.getHeaders().forEach(headers::set);
                    if (response.isAllowed()) {
                        return chain.filter(exchange);
                    }
                    String retryAfter = response.getHeaders()
                            .getOrDefault(HttpHeaders.RETRY_AFTER, DEFAULT_RETRY_AFTER_SECONDS);
                    headers.set(HttpHeaders.RETRY_AFTER, retryAfter);
                    return Problems.writeRefusal(exchange, ProblemType.RATE_LIMITED,
                            "Too many requests from this client. Retry after " + retryAfter + " second(s).");
                });
    }

    private static String routeId(Config config, Map<String, Object> attributes) {
        if (config.getRouteId() != null) {
            return config.getRouteId();
        }
        Route route = (Route) attributes.get(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        return route != null ? route.getId() : "unrouted";
    }

    public static class Config implements HasRouteId {

        private @Nullable String routeId;

        @Override
        public void setRouteId(String routeId) {
            this.routeId = routeId;
        }

        @Override
        public @Nullable String getRouteId() {
            return routeId;
        }
    }
}
