package nl.mensenhandel.platform.retention;

import java.time.Instant;

import reactor.core.publisher.Mono;

/**
 * One kind of record that must not be kept longer than needed (AVG art. 5 lid 1 e, storage limitation),
 * and what happens to it then — deleted, anonymised or stripped of a field. The {@link RetentionSweep}
 * calls it on a schedule with the cutoff of its configured period ({@link RetentionPeriods}).
 * <p>
 * A rule must be idempotent (a second run with the same cutoff changes nothing), use only simple queries
 * the embedded store supports (no TTL indexes: ARCHITECTURE.md), and never log content.
 */
public interface RetentionRule {

    /** The key of its period under {@code platform.retention.records}, e.g. {@code idempotency-keys}. */
    String recordType();

    /** Whether the records belong to a region (swept per region, with that region's period). */
    default boolean perRegion() {
        return true;
    }

    /**
     * Applies the rule to the records older than the cutoff.
     *
     * @param region the region to sweep, or null for a rule that is not {@link #perRegion()}
     * @param cutoff records whose relevant moment lies before this are due
     * @param now    the moment of the sweep (e.g. for an {@code anonymisedAt} mark)
     * @return how many records were changed or removed
     */
    Mono<Long> apply(String region, Instant cutoff, Instant now);
}
