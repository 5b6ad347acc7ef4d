package nl.mensenhandel.monitor.sources;

import java.util.Map;

/** A median duration in days over {@code count} observations, for one combination of dimension values. */
public record MedianDuration(String measure, Map<String, String> dimensions, long count, double medianDays) {
}
