package nl.mensenhandel.gateway.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Per-client request limits (a token bucket per client and route).
 *
 * @param store           {@code in-memory} (default: one gateway instance, no Redis) or {@code redis}
 *                        (several instances share the limits through Spring Cloud Gateway's
 *                        {@code RedisRateLimiter}; configure {@code spring.data.redis.*})
 * @param replenishRate   tokens added per second (sustained requests per second)
 * @param burstCapacity   bucket size: how many requests a client may send at once
 * @param requestedTokens tokens one request costs
 */
@ConfigurationProperties("gateway.rate-limit")
public record RateLimitProperties(String store, int replenishRate, long burstCapacity, int requestedTokens) {

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
    }
}
