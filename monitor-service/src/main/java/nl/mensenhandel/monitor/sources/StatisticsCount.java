package nl.mensenhandel.monitor.sources;

import java.util.Map;

/** One unsuppressed count of a service: a measure for one combination of dimension values. */
public record StatisticsCount(String measure, Map<String, String> dimensions, long count) {
}
