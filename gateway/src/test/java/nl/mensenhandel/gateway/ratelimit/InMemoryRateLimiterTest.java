package nl.mensenhandel.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter.Response;

/** The token bucket on a fake clock. */
class InMemoryRateLimiterTest {

    final AtomicLong now = new AtomicLong(1_000_000_000_000L);

    InMemoryRateLimiter limiter(int replenishRate, long burstCapacity, int requestedTokens) {
        return new InMemoryRateLimiter(new InMemoryRateLimiter.Config().setReplenishRate(replenishRate)
                .setBurstCapacity(burstCapacity).setRequestedTokens(requestedTokens), null, now::get);
    }

    void advanceMillis(long millis) {
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
    }

    @Test
    void allowsTheBurstThenDeniesWithRetryAfter() {
        InMemoryRateLimiter limiter = limiter(2, 5, 1);
        for (int i = 4; i >= 0; i--) {
            Response response = limiter.tryConsume("r", "client");
            assertThat(response.isAllowed()).isTrue();
            assertThat(response.getHeaders()).containsEntry("X-RateLimit-Remaining", Integer.toString(i))
                    .doesNotContainKey("Retry-After");
        }
        Response denied = limiter.tryConsume("r", "client");
        assertThat(denied.isAllowed()).isFalse();
        assertThat(denied.getHeaders())
                .containsEntry("Retry-After", "1")
                .containsEntry("X-RateLimit-Remaining", "0")
                .containsEntry("X-RateLimit-Replenish-Rate", "2")
                .containsEntry("X-RateLimit-Burst-Capacity", "5")
                .containsEntry("X-RateLimit-Requested-Tokens", "1");
    }

    @Test
    void refillsAtTheReplenishRateUpToTheBurstCapacity() {
        InMemoryRateLimiter limiter = limiter(2, 5, 1);
        drain(limiter, "client");

        advanceMillis(499); // 0.998 tokens
        assertThat(limiter.tryConsume("r", "client").isAllowed()).isFalse();
        advanceMillis(1); // 1 token
        assertThat(limiter.tryConsume("r", "client").isAllowed()).isTrue();
        assertThat(limiter.tryConsume("r", "client").isAllowed()).isFalse();

        advanceMillis(60_000); // far more than the capacity: capped at 5
        assertThat(drain(limiter, "client")).isEqualTo(5);
    }

    @Test
    void retryAfterIsTheWholeSecondsUntilEnoughTokens() {
        InMemoryRateLimiter limiter = limiter(1, 10, 4);
        assertThat(limiter.tryConsume("r", "client").isAllowed()).isTrue(); // 6 left
        assertThat(limiter.tryConsume("r", "client").isAllowed()).isTrue(); // 2 left
        Response denied = limiter.tryConsume("r", "client");
        assertThat(denied.isAllowed()).isFalse();
        assertThat(denied.getHeaders()).containsEntry("Retry-After", "2");
        advanceMillis(1_500); // 3.5 tokens
        assertThat(limiter.tryConsume("r", "client").getHeaders()).containsEntry("Retry-After", "1");
        advanceMillis(500);
        assertThat(limiter.tryConsume("r", "client").isAllowed()).isTrue();
    }

    @Test
    void eachClientAndRouteHasItsOwnBucket() {
        InMemoryRateLimiter limiter = limiter(1, 1, 1);
        assertThat(limiter.tryConsume("r", "a").isAllowed()).isTrue();
        assertThat(limiter.tryConsume("r", "a").isAllowed()).isFalse();
        assertThat(limiter.tryConsume("r", "b").isAllowed()).isTrue();
        assertThat(limiter.tryConsume("other-route", "a").isAllowed()).isTrue();
    }

    @Test
    void perRouteConfigurationOverridesTheDefault() {
        InMemoryRateLimiter limiter = limiter(1, 1, 1);
        limiter.getConfig().put("generous", new InMemoryRateLimiter.Config().setReplenishRate(10)
                .setBurstCapacity(3));
        assertThat(drain(limiter, "client", "generous")).isEqualTo(3);
        assertThat(drain(limiter, "client", "r")).isEqualTo(1);
    }

    @Test
    void fullBucketsOfIdleClientsAreForgotten() {
        InMemoryRateLimiter limiter = limiter(1, 2, 1);
        limiter.tryConsume("r", "idle");
        limiter.tryConsume("r", "busy");
        assertThat(limiter.size()).isEqualTo(2);

        advanceMillis(29_000);
        limiter.tryConsume("r", "busy");
        limiter.tryConsume("r", "busy");
        limiter.tryConsume("r", "busy");
        advanceMillis(1_500); // sweep due (30 s); "idle" is full again, "busy" still has less than 2
        limiter.tryConsume("r", "busy");
        assertThat(limiter.size()).isEqualTo(1);

        // a forgotten client starts with a full bucket, exactly as if it had been kept
        assertThat(drain(limiter, "idle")).isEqualTo(2);
    }

    @Test
    void rejectsAnImpossibleConfiguration() {
        assertThatThrownBy(() -> limiter(0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> limiter(1, 1, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isAllowedIsTheReactiveFormOfTryConsume() {
        InMemoryRateLimiter limiter = limiter(1, 1, 1);
        assertThat(limiter.isAllowed("r", "c").block().isAllowed()).isTrue();
        assertThat(limiter.isAllowed("r", "c").block().isAllowed()).isFalse();
    }

    private int drain(InMemoryRateLimiter limiter, String client) {
        return drain(limiter, client, "r");
    }

    private int drain(InMemoryRateLimiter limiter, String client, String route) {
        int allowed = 0;
        while (limiter.tryConsume(route, client).isAllowed()) {
            allowed++;
        }
        return allowed;
    }
}
