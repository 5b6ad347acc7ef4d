package nl.mensenhandel.gateway.ratelimit;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Per-client request limits (a token bucket per client and route).
 *
 * @param store           {@code in-memory} (default: one gateway instance, no Redis) or {@code redis}
 *                        (several instances share the limits through Spring Cloud Gateway's
 *                        {@code RedisRateLimiter}; configure {@code spring.data.redis.*})
 * @param replenishRate   tokens added per second (sustained requests per second)
 * @param burstCapacity   bucket size: how many requests a client may send at once
 * @param requestedTokens tokens one request costs
 * @param publicRoutes    the routes open without a token, with their own, stricter limit
 */
@ConfigurationProperties("gateway.rate-limit")
public record RateLimitProperties(String store, int replenishRate, long burstCapacity, int requestedTokens,
        @DefaultValue PublicRoutes publicRoutes) {

    public static final String IN_MEMORY = "in-memory";
    public static final String REDIS = "redis";

    public RateLimitProperties {
        store = store == null || store.isBlank() ? IN_MEMORY : store.trim();
        if (!IN_MEMORY.equals(store) && !REDIS.equals(store)) {
            throw new IllegalArgumentException(
                    "gateway.rate-limit.store must be '" + IN_MEMORY + "' or '" + REDIS + "', not '" + store + "'");
        }
        requestedTokens = requestedTokens <= 0 ? 1 : requestedTokens;
        if (replenishRate < 1) {
            throw new IllegalArgumentException("gateway.rate-limit.replenish-rate must be at least 1");
        }
        if (burstCapacity < replenishRate || burstCapacity < requestedTokens) {
            throw new IllegalArgumentException(
                    "gateway.rate-limit.burst-capacity must be at least replenish-rate and requested-tokens");
        }
        publicRoutes = publicRoutes == null ? new PublicRoutes(List.of(), 1, 5) : publicRoutes;
        if (publicRoutes.burstCapacity() < requestedTokens) {
            throw new IllegalArgumentException(
                    "gateway.rate-limit.public-routes.burst-capacity must be at least requested-tokens");
        }
    }

    /**
     * Routes anyone may call without an account (anonymous intake, status check). They are counted per
     * client address — with or without a token, so a token does not buy a larger budget there — and get
     * a much smaller bucket than the authenticated routes.
     *
     * @param routeIds      ids of the routes this limit applies to
     * @param replenishRate tokens added per second
     * @param burstCapacity bucket size
     */
    public record PublicRoutes(@DefaultValue List<String> routeIds, @DefaultValue("1") int replenishRate,
            @DefaultValue("5") long burstCapacity) {

        public PublicRoutes {
            routeIds = routeIds == null ? List.of() : List.copyOf(routeIds);
            if (replenishRate < 1) {
                throw new IllegalArgumentException("gateway.rate-limit.public-routes.replenish-rate must be at least 1");
            }
            if (burstCapacity < replenishRate) {
                throw new IllegalArgumentException(
                        "gateway.rate-limit.public-routes.burst-capacity must be at least its replenish-rate");
            }
        }
    }
}
