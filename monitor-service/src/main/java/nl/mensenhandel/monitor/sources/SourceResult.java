package nl.mensenhandel.monitor.sources;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One service's statistics, or why they are missing. {@code source} is the service name (e.g.
 * {@code signal-service}); when {@code available} is false, {@code detail} says why and the lists are empty.
 * {@code definitions} maps each measure to what it counts.
 */
public record SourceResult(String source, boolean available, Instant asOf, String detail,
        List<StatisticsCount> cells, List<MedianDuration> durations, Map<String, String> definitions) {

    public static SourceResult unavailable(String source, String detail) {
        return new SourceResult(source, false, null, detail, List.of(), List.of(), Map.of());
    }
}
