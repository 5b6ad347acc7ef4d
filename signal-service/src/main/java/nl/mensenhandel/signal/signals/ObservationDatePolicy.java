package nl.mensenhandel.signal.signals;

import static nl.mensenhandel.platform.policy.PolicyDecision.allowed;
import static nl.mensenhandel.platform.policy.PolicyDecision.rejectedField;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import nl.mensenhandel.platform.policy.PolicyDecision;

/** Rule: what was observed cannot have been observed in the future (a little clock skew is tolerated). */
public class ObservationDatePolicy {

    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final Clock clock;

    public ObservationDatePolicy(Clock clock) {
        this.clock = clock;
    }

    public PolicyDecision check(Instant observedAt) {
        return observedAt.isAfter(clock.instant().plus(CLOCK_SKEW))
                ? rejectedField("observation-not-in-future", "observedAt", "must not be in the future")
                : allowed();
    }
}
