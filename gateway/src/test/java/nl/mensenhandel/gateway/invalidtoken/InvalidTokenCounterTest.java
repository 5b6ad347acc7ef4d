package nl.mensenhandel.gateway.invalidtoken;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The leaky bucket of invalid tokens per address, on a test clock. */
class InvalidTokenCounterTest {

    private final AtomicLong clock = new AtomicLong(1_000);

    @Test
    void blocksAtTheLimitAndDrainsEvenlyOverTheWindow() {
        InvalidTokenCounter counter = new InvalidTokenCounter(new InvalidTokenProperties(20, Duration.ofMinutes(1), 10),
                clock::get);
        for (int i = 0; i < 19; i++) {
            counter.recordFailure("a");
        }
        assertThat(counter.blockedForSeconds("a")).isZero();
        counter.recordFailure("a");
        // at the limit: one failure drains in 3 s (20 per minute)
        assertThat(counter.blockedForSeconds("a")).isBetween(1L, 3L);
        assertThat(counter.blockedForSeconds("b")).isZero();

        advance(Duration.ofSeconds(3).plusMillis(1));
        assertThat(counter.blockedForSeconds("a")).isZero();
        counter.recordFailure("a");
        assertThat(counter.blockedForSeconds("a")).as("a persistent sender gets one try per 3 s").isPositive();

        advance(Duration.ofMinutes(2));
        assertThat(counter.blockedForSeconds("a")).isZero();
    }

    @Test
    void memoryIsBoundedAndDrainedAddressesAreSwept() {
        InvalidTokenCounter counter = new InvalidTokenCounter(new InvalidTokenProperties(2, Duration.ofSeconds(10), 2),
                clock::get);
        counter.recordFailure("a");
        counter.recordFailure("b");
        counter.recordFailure("c");
        counter.recordFailure("c");
        assertThat(counter.size()).isEqualTo(2);
        assertThat(counter.blockedForSeconds("c")).as("not tracked while the table is full").isZero();

        advance(Duration.ofSeconds(11));
        counter.recordFailure("c");
        counter.recordFailure("c");
        assertThat(counter.size()).as("a and b drained and were swept").isEqualTo(1);
        assertThat(counter.blockedForSeconds("c")).isPositive();
    }

    private void advance(Duration duration) {
        clock.addAndGet(TimeUnit.NANOSECONDS.convert(duration));
    }
}
