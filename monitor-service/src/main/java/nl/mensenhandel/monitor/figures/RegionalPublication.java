package nl.mensenhandel.monitor.figures;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.mensenhandel.monitor.disclosure.SuppressedCube;
import nl.mensenhandel.monitor.sources.GatheredStatistics;
import nl.mensenhandel.monitor.sources.MedianDuration;

/**
 * The one publication of a region for one audience: every measure's cube over all periods, areas and categories,
 * suppressed as a whole ({@link PublicationBuilder}). Every table, filter and CSV line only selects cells from it,
 * so no combination of answers reveals more than this publication does.
 */
public record RegionalPublication(String region, int threshold, GatheredStatistics gathered,
        Map<String, SuppressedCube> cubes, List<MedianDuration> durations) {

    public Optional<SuppressedCube> cube(String measure) {
        return Optional.ofNullable(cubes.get(measure));
    }

    public boolean available(String source) {
        return gathered.from(source).map(s -> s.available()).orElse(false);
    }

    public String definition(String source, String measure, String fallback) {
        return gathered.from(source).map(s -> s.definitions().get(measure)).filter(d -> d != null && !d.isBlank())
                .orElse(fallback);
    }
}
