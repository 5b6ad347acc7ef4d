package nl.mensenhandel.signal.anonymous;

import java.time.Instant;

import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.retention.RetentionRule;
import reactor.core.publisher.Mono;

/**
 * Counted wrong status checks are needed for their lock-out window only; then they go
 * ({@code platform.retention.records.status-check-attempts}, at least the window).
 */
@Component
class StatusCheckAttemptRetention implements RetentionRule {

    private final StatusCheckAttempts attempts;

    StatusCheckAttemptRetention(StatusCheckAttempts attempts) {
        this.attempts = attempts;
    }

    @Override
    public String recordType() {
        return "status-check-attempts";
    }

    @Override
    public boolean perRegion() {
        return false; // keyed by case code and address only
    }

    @Override
    public Mono<Long> apply(String region, Instant cutoff, Instant now) {
        // never inside a window that could still lock
        Instant safeCutoff = cutoff.isAfter(now.minus(StatusCheckAttempts.WINDOW)) ? now.minus(StatusCheckAttempts.WINDOW)
                : cutoff;
        return attempts.deleteStartedBefore(safeCutoff);
    }
}
