package nl.mensenhandel.platform.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code platform.outbox.*}: how the {@link OutboxDispatcher} polls, leases and retries.
 * <p>
 * The lease must be longer than the delivery timeout: an attempt still running when its lease ended
 * could otherwise be claimed and delivered a second time by another instance.
 */
@ConfigurationProperties("platform.outbox")
public class OutboxProperties {

    /** Off only in a deployment where another instance dispatches; entries keep waiting meanwhile. */
    private boolean enabled = true;
    private Duration initialDelay = Duration.ofSeconds(5);
    private Duration pollInterval = Duration.ofSeconds(5);
    /** How long a claimed entry belongs to its dispatcher; after that a crashed attempt is retried. */
    private Duration lease = Duration.ofMinutes(2);
    /** An attempt taking longer counts as failed (well inside the lease). */
    private Duration deliveryTimeout = Duration.ofSeconds(60);
    /** Documents read per collection and pass. */
    private int batchSize = 50;
    /** Deliveries running at once per pass. */
    private int concurrency = 4;
    /**
     * After this many failed attempts an entry is abandoned (payload removed, error logged); 0, the default, never
     * gives up on an outage: a command waits, retried at most every {@code backoff.max}, until its receiver is back
     * (a downstream outage delays a command, it never drops it). Refusals are abandoned at once regardless.
     */
    private int maxAttempts = 0;
    private final Backoff backoff = new Backoff();

    /** Wait before attempt n+1: initial × multiplier^(n-1), at most max. */
    public static class Backoff {
        private Duration initial = Duration.ofSeconds(10);
        private double multiplier = 2.0;
        private Duration max = Duration.ofHours(1);

        public Duration getInitial() {
            return initial;
        }

        public void setInitial(Duration initial) {
            this.initial = initial;
        }

        public double getMultiplier() {
            return multiplier;
        }

        public void setMultiplier(double multiplier) {
            this.multiplier = multiplier;
        }

        public Duration getMax() {
            return max;
        }

        public void setMax(Duration max) {
            this.max = max;
        }
    }

    /** The wait after the given number of failed attempts (1 = after the first). */
    public Duration backoffAfter(int failedAttempts) {
        double millis = backoff.initial.toMillis() * Math.pow(backoff.multiplier, Math.max(0, failedAttempts - 1));
        return millis >= backoff.max.toMillis() ? backoff.max : Duration.ofMillis((long) millis);
    }

    void validate() {
        if (deliveryTimeout.compareTo(lease) >= 0) {
            throw new IllegalStateException("platform.outbox.delivery-timeout (" + deliveryTimeout
                    + ") must be shorter than platform.outbox.lease (" + lease + ")");
        }
        if (maxAttempts < 0 || batchSize < 1 || concurrency < 1 || backoff.multiplier < 1.0) {
            throw new IllegalStateException("platform.outbox: batch-size and concurrency must be at least 1, "
                    + "max-attempts at least 0 (0: never give up), backoff.multiplier at least 1.0");
        }
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Duration getInitialDelay() {
        return initialDelay;
    }

    public void setInitialDelay(Duration initialDelay) {
        this.initialDelay = initialDelay;
    }

    public Duration getPollInterval() {
        return pollInterval;
    }

    public void setPollInterval(Duration pollInterval) {
        this.pollInterval = pollInterval;
    }

    public Duration getLease() {
        return lease;
    }

    public void setLease(Duration lease) {
        this.lease = lease;
    }

    public Duration getDeliveryTimeout() {
        return deliveryTimeout;
    }

    public void setDeliveryTimeout(Duration deliveryTimeout) {
        this.deliveryTimeout = deliveryTimeout;
    }

    public int getBatchSize() {
        return batchSize;
    }

    public void setBatchSize(int batchSize) {
        this.batchSize = batchSize;
    }

    public int getConcurrency() {
        return concurrency;
    }

    public void setConcurrency(int concurrency) {
        this.concurrency = concurrency;
    }

    public int getMaxAttempts() {
        return maxAttempts;
    }

    public void setMaxAttempts(int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    public Backoff getBackoff() {
        return backoff;
    }
}
