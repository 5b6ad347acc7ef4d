package nl.mensenhandel.gateway.ratelimit;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.cloud.gateway.support.ConfigurationService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.scripting.support.ResourceScriptSource;

/**
 * Exactly one {@link RateLimiter}, chosen by {@code gateway.rate-limit.store}: the in-memory token bucket
 * by default, Spring Cloud Gateway's {@link RedisRateLimiter} for {@code redis}. Spring Cloud Gateway's own
 * Redis auto-configuration is switched off in {@code application.yml}, so without {@code store=redis}
 * nothing ever connects to Redis. Either store gets the stricter limit of the public routes
 * ({@code gateway.rate-limit.public-routes}) as its per-route configuration, and the key resolver counts
 * those routes per client address.
 */
@Configuration(proxyBeanMethods = false)
public class RateLimitConfiguration {

    @Bean
    KeyResolver clientKeyResolver(RateLimitProperties properties) {
        return new ClientKeyResolver(properties.publicRoutes().routeIds());
    }

    @Bean
    ClientRateLimitGatewayFilterFactory clientRateLimitGatewayFilterFactory(RateLimiter<?> rateLimiter,
            KeyResolver keyResolver) {
        return new ClientRateLimitGatewayFilterFactory(rateLimiter, keyResolver);
    }

    @Bean
    @ConditionalOnProperty(name = "gateway.rate-limit.store", havingValue = RateLimitProperties.IN_MEMORY,
            matchIfMissing = true)
    InMemoryRateLimiter inMemoryRateLimiter(RateLimitProperties properties,
            ConfigurationService configurationService) {
        InMemoryRateLimiter limiter = new InMemoryRateLimiter(new InMemoryRateLimiter.Config()
                .setReplenishRate(properties.replenishRate())
                .setBurstCapacity(properties.burstCapacity())
                .setRequestedTokens(properties.requestedTokens()), configurationService);
        RateLimitProperties.PublicRoutes publicRoutes = properties.publicRoutes();
        publicRoutes.routeIds().forEach(routeId -> limiter.getConfig().put(routeId, new InMemoryRateLimiter.Config()
                .setReplenishRate(publicRoutes.replenishRate())
                .setBurstCapacity(publicRoutes.burstCapacity())
                .setRequestedTokens(properties.requestedTokens())
                .validated()));
        return limiter;
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "gateway.rate-limit.store", havingValue = RateLimitProperties.REDIS)
    static class RedisStore {

        /** The token-bucket script shipped in Spring Cloud Gateway's jar, under the name its limiter looks up. */
        @Bean(name = RedisRateLimiter.REDIS_SCRIPT_NAME)
        @SuppressWarnings({ "rawtypes", "unchecked" })
        RedisScript<List<Long>> redisRequestRateLimiterScript() {
            DefaultRedisScript script = new DefaultRedisScript<>();
            script.setScriptSource(new ResourceScriptSource(
                    new ClassPathResource("META-INF/scripts/request_rate_limiter.lua")));
            script.setResultType(List.class);
            return script;
        }

        /** Finds the reactive Redis template and the script in the context (it is ApplicationContextAware). */
        @Bean
        RedisRateLimiter redisRateLimiter(RateLimitProperties properties) {
            RedisRateLimiter limiter = new RedisRateLimiter(properties.replenishRate(), properties.burstCapacity(),
                    properties.requestedTokens());
            RateLimitProperties.PublicRoutes publicRoutes = properties.publicRoutes();
            publicRoutes.routeIds().forEach(routeId -> limiter.getConfig().put(routeId, new RedisRateLimiter.Config()
                    .setReplenishRate(publicRoutes.replenishRate())
                    .setBurstCapacity(publicRoutes.burstCapacity())
                    .setRequestedTokens(properties.requestedTokens())));
            return limiter;
        }
    }
}
