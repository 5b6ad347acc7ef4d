package nl.mensenhandel.care.capacity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code care.capacity.*}.
 *
 * @param staleAfter   capacity counted longer ago than this is shown as stale (default 24 hours; issue 9 §4)
 * @param recountGrace a publication recounts the reserved places from the placements (healing a lost counter
 *                     update) only when no reservation, release, take or vacate changed the counters for this
 *                     long — a placement is stored (or changes state) a few milliseconds after its counter
 *                     update, and a recount inside that window would count one reservation too few (default 1 minute)
 */
@ConfigurationProperties("care.capacity")
public record CapacityProperties(Duration staleAfter, Duration recountGrace) {

    public CapacityProperties {
        staleAfter = staleAfter == null ? Duration.ofHours(24) : staleAfter;
        recountGrace = recountGrace == null ? Duration.ofMinutes(1) : recountGrace;
    }
}
