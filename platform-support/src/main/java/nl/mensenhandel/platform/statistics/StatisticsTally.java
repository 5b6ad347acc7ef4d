package nl.mensenhandel.platform.statistics;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts statistics cells and collects durations in memory while a service streams its records once, then gives
 * the {@link StatisticsTable}: only the combinations that occurred (zero cells are never produced), in a stable
 * order, medians in days. Not thread-safe: one tally per computation.
 * <p>
 * Year and quarter of a moment are those in the Netherlands ({@link #NETHERLANDS}): a signal received on 31
 * December at 23:30 UTC+1 is one of that year, whatever the server's zone.
 */
public final class StatisticsTally {

    /** The zone in which the year and quarter of a moment are counted. */
    public static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private record Key(String measure, Map<String, String> dimensions) {
    }

    private final Map<Key, long[]> counts = new HashMap<>();
    private final Map<Key, List<Double>> durations = new HashMap<>();

    /** Adds one to the cell of {@code measure} with these dimension values. */
    public void count(String measure, Map<String, String> dimensions) {
        add(measure, dimensions, 1);
    }

    /** Adds {@code amount} to the cell of {@code measure} with these dimension values. */
    public void add(String measure, Map<String, String> dimensions, long amount) {
        if (amount != 0) {
            counts.computeIfAbsent(new Key(measure, dimensions), k -> new long[1])[0] += amount;
        }
    }

    /** Records one observed duration from {@code from} to {@code to}; a negative or unknown one is not observed. */
    public void observe(String measure, Map<String, String> dimensions, Instant from, Instant to) {
        if (from == null || to == null || to.isBefore(from)) {
            return;
        }
        durations.computeIfAbsent(new Key(measure, dimensions), k -> new ArrayList<>())
                .add(Duration.between(from, to).toMillis() / 86_400_000.0);
    }

    /** The table of everything counted, with these definitions. */
    public StatisticsTable table(String region, Instant asOf, List<StatisticsTable.Definition> definitions) {
        Comparator<Key> order = Comparator.comparing(Key::measure)
                .thenComparing(key -> new TreeMap<>(key.dimensions()).toString());
        List<StatisticsTable.Cell> cells = counts.entrySet().stream()
                .filter(e -> e.getValue()[0] > 0)
                .sorted(Map.Entry.comparingByKey(order))
                .map(e -> new StatisticsTable.Cell(e.getKey().measure(), e.getKey().dimensions(), e.getValue()[0]))
                .toList();
        List<StatisticsTable.Median> medians = durations.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(order))
                .map(e -> new StatisticsTable.Median(e.getKey().measure(), e.getKey().dimensions(),
                        e.getValue().size(), median(e.getValue())))
                .toList();
        return new StatisticsTable(region, asOf, cells, medians, definitions);
    }

    /** The median in days, rounded to two decimals (the middle one, or the mean of the middle two). */
    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        double middle = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return Math.round(middle * 100) / 100.0;
    }

    /** The year of a moment in the Netherlands, e.g. {@code "2024"}. */
    public static String year(Instant moment) {
        return String.valueOf(moment.atZone(NETHERLANDS).getYear());
    }

    /** The quarter (1-4) of a moment in the Netherlands, e.g. {@code "3"}. */
    public static String quarter(Instant moment) {
        ZonedDateTime local = moment.atZone(NETHERLANDS);
        return String.valueOf((local.getMonthValue() - 1) / 3 + 1);
    }
}
