package nl.mensenhandel.platform.statistics;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One service's counts for one region, as the contract's {@code ServiceStatistics} holds them (common.yaml): cells
 * (a count per combination of dimension values; zero cells left out), median durations and what each measure
 * counts. Never personal data. Also the form a snapshot is stored in, so it is a plain record of plain values.
 */
public record StatisticsTable(String region, Instant asOf, List<Cell> cells, List<Median> durations,
        List<Definition> definitions) {

    public StatisticsTable {
        cells = List.copyOf(cells);
        durations = List.copyOf(durations);
        definitions = List.copyOf(definitions);
    }

    /** A count of {@code measure} for one combination of dimension values, e.g. {@code {year: "2024"}}. */
    public record Cell(String measure, Map<String, String> dimensions, long count) {
    }

    /** The median of {@code count} durations (in days) of {@code measure} for one combination of dimension values. */
    public record Median(String measure, Map<String, String> dimensions, long count, double medianDays) {
    }

    /** What a measure counts, in plain words, and the dimensions it is split by. */
    public record Definition(String measure, String definition, List<String> dimensions) {

        public Definition {
            dimensions = List.copyOf(dimensions);
        }
    }

    /** The same counts described at another moment (a snapshot served as it was computed keeps its own). */
    public StatisticsTable at(Instant moment) {
        return new StatisticsTable(region, moment, cells, durations, definitions);
    }
}
