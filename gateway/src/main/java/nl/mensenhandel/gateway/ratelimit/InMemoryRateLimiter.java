package nl.mensenhandel.gateway.ratelimit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.jspecify.annotations.Nullable;
import org.springframework.cloud.gateway.filter.ratelimit.AbstractRateLimiter;
import org.springframework.cloud.gateway.support.ConfigurationService;
import org.springframework.http.HttpHeaders;

import reactor.core.publisher.Mono;

/**
 * Token-bucket {@link org.springframework.cloud.gateway.filter.ratelimit.RateLimiter} held in this JVM:
 * the default store when one gateway instance runs. Same semantics and response headers as Spring Cloud
 * Gateway's {@code RedisRateLimiter} (one bucket per route and client; tokens refill continuously at
 * {@code replenishRate} per second up to {@code burstCapacity}), plus an exact {@code Retry-After} on denial.
 * Per-route overrides use the filter args {@code in-memory-rate-limiter.replenishRate} etc.
 *
 * <p>Idle clients do not accumulate: a bucket that has refilled completely is indistinguishable from a
 * new one, so a sweep every 30 seconds drops it.
 */
public class InMemoryRateLimiter extends AbstractRateLimiter<InMemoryRateLimiter.Config> {

    public static final String CONFIGURATION_PROPERTY_NAME = "in-memory-rate-limiter";
    public static final String REMAINING_HEADER = "X-RateLimit-Remaining";
    public static final String REPLENISH_RATE_HEADER = "X-RateLimit-Replenish-Rate";
    public static final String BURST_CAPACITY_HEADER = "X-RateLimit-Burst-Capacity";
    public static final String REQUESTED_TOKENS_HEADER = "X-RateLimit-Requested-Tokens";

    private static final long SWEEP_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(30);
    private static final double NANOS_PER_SECOND = 1_000_000_000d;

    private final Config defaultConfig;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong nextSweep;

    public InMemoryRateLimiter(Config defaultConfig, @Nullable ConfigurationService configurationService) {
        this(defaultConfig, configurationService, System::nanoTime);
    }

    /** With an explicit clock, for tests. */
    InMemoryRateLimiter(Config defaultConfig, @Nullable ConfigurationService configurationService,
            LongSupplier nanoTime) {
        super(Config.class, CONFIGURATION_PROPERTY_NAME, configurationService);
        this.defaultConfig = defaultConfig.validated();
        this.nanoTime = nanoTime;
        this.nextSweep = new AtomicLong(nanoTime.getAsLong() + SWEEP_INTERVAL_NANOS);
    }

    @Override
    public Mono<Response> isAllowed(String routeId, String id) {
        return Mono.fromSupplier(() -> tryConsume(routeId, id));
    }

    Response tryConsume(String routeId, String id) {
        Config config = getConfig().getOrDefault(routeId, defaultConfig);
        long now = nanoTime.getAsLong();
        sweepIfDue(now);
        Decision[] decision = new Decision[1];
        buckets.compute(routeId + "." + id, (key, bucket) -> {
            Bucket b = bucket != null ? bucket : new Bucket(config.getBurstCapacity(), now);
            decision[0] = b.take(now, config);
            return b;
        });
        return new Response(decision[0].allowed(), headers(config, decision[0]));
    }

    /** Number of buckets held, for tests. */
    int size() {
        return buckets.size();
    }

    private void sweepIfDue(long now) {
        long due = nextSweep.get();
        if (now - due < 0 || !nextSweep.compareAndSet(due, now + SWEEP_INTERVAL_NANOS)) {
            return;
        }
        for (String key : buckets.keySet()) {
            buckets.computeIfPresent(key, (k, b) -> b.isFullAt(now) ? null : b);
        }
    }

    private static Map<String, String> headers(Config config, Decision decision) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(REMAINING_HEADER, Long.toString(decision.remaining()));
        headers.put(REPLENISH_RATE_HEADER, Integer.toString(config.getReplenishRate()));
        headers.put(BURST_CAPACITY_HEADER, Long.toString(config.getBurstCapacity()));
        headers.put(REQUESTED_TOKENS_HEADER, Integer.toString(config.getRequestedTokens()));
        if (!decision.allowed()) {
            headers.put(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
        }
        return headers;
    }

    record Decision(boolean allowed, long remaining, long retryAfterSeconds) {
    }

    /** One client's bucket; only touched inside {@code ConcurrentHashMap.compute}, so never concurrently. */
    private static final class Bucket {

        private double tokens;
        private long updatedAt;
        private double rate;
        private long capacity;

        Bucket(long capacity, long now) {
            this.tokens = capacity;
            this.capacity = capacity;
            this.updatedAt = now;
        }

        Decision take(long now, Config config) {
            rate = config.getReplenishRate();
            capacity = config.getBurstCapacity();
            tokens = Math.min(capacity, tokens + Math.max(0, now - updatedAt) / NANOS_PER_SECOND * rate);
            updatedAt = now;
            int requested = config.getRequestedTokens();
            if (tokens >= requested) {
                tokens -= requested;
                return new Decision(true, (long) Math.floor(tokens), 0);
            }
            long wait = (long) Math.ceil((requested - tokens) / rate);
            return new Decision(false, (long) Math.floor(tokens), Math.max(1, wait));
        }

        boolean isFullAt(long now) {
            return tokens + Math.max(0, now - updatedAt) / NANOS_PER_SECOND * rate >= capacity;
        }
    }

    /** Limits for one route (or the default): same fields as {@code RedisRateLimiter.Config}. */
    public static class Config {

        private int replenishRate = 1;
        private long burstCapacity = 1;
        private int requestedTokens = 1;

        public int getReplenishRate() {
            return replenishRate;
        }

        public Config setReplenishRate(int replenishRate) {
            this.replenishRate = replenishRate;
            return this;
        }

        public long getBurstCapacity() {
            return burstCapacity;
        }

        public Config setBurstCapacity(long burstCapacity) {
            this.burstCapacity = burstCapacity;
            return this;
        }

        public int getRequestedTokens() {
            return requestedTokens;
        }

        public Config setRequestedTokens(int requestedTokens) {
            this.requestedTokens = requestedTokens;
            return this;
        }

        Config validated() {
            if (replenishRate < 1 || requestedTokens < 1 || burstCapacity < requestedTokens) {
                throw new IllegalArgumentException("Invalid rate limit " + this
                        + ": replenishRate and requestedTokens must be at least 1, burstCapacity at least requestedTokens");
            }
            return this;
        }

        @Override
        public String toString() {
            return "Config[replenishRate=" + replenishRate + ", burstCapacity=" + burstCapacity
                    + ", requestedTokens=" + requestedTokens + "]";
        }
    }
}
