package nl.mensenhandel.platform.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Counting cells (zero cells never appear), medians in days, and year/quarter in Dutch time. */
class StatisticsTallyTest {

    @Test
    void countsEachCombinationOnceAndLeavesOutWhatDidNotOccur() {
        StatisticsTally tally = new StatisticsTally();
        tally.count("A", Map.of("year", "2024"));
        tally.count("A", Map.of("year", "2024"));
        tally.count("A", Map.of("year", "2025"));
        tally.add("B", Map.of("year", "2025"), 0);
        StatisticsTable table = tally.table("kennemerland", Instant.EPOCH, List.of());
        assertThat(table.cells()).containsExactly(
                new StatisticsTable.Cell("A", Map.of("year", "2024"), 2),
                new StatisticsTable.Cell("A", Map.of("year", "2025"), 1));
    }

    @Test
    void theMedianIsTheMiddleOrTheMeanOfTheMiddleTwo() {
        assertThat(StatisticsTally.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
        assertThat(StatisticsTally.median(List.of(4.0, 1.0, 2.0, 10.0))).isEqualTo(3.0);
    }

    @Test
    void durationsAreInDaysAndANegativeOneIsNotObserved() {
        StatisticsTally tally = new StatisticsTally();
        Instant start = Instant.parse("2024-03-01T00:00:00Z");
        tally.observe("D", Map.of("year", "2024"), start, start.plusSeconds(36 * 3600));
        tally.observe("D", Map.of("year", "2024"), start, start.minusSeconds(1));
        tally.observe("D", Map.of("year", "2024"), start, null);
        assertThat(tally.table("r", Instant.EPOCH, List.of()).durations())
                .containsExactly(new StatisticsTable.Median("D", Map.of("year", "2024"), 1, 1.5));
    }

    /** 31 December 23:30 in Amsterdam is 22:30 UTC: still that year and its fourth quarter. */
    @Test
    void yearAndQuarterAreThoseInTheNetherlands() {
        Instant newYearsEve = Instant.parse("2024-12-31T23:30:00Z");
        assertThat(StatisticsTally.year(newYearsEve)).isEqualTo("2025");
        assertThat(StatisticsTally.quarter(newYearsEve)).isEqualTo("1");
        Instant beforeMidnight = Instant.parse("2024-12-31T22:30:00Z");
        assertThat(StatisticsTally.year(beforeMidnight)).isEqualTo("2024");
        assertThat(StatisticsTally.quarter(beforeMidnight)).isEqualTo("4");
        assertThat(StatisticsTally.quarter(Instant.parse("2024-06-30T22:30:00Z"))).isEqualTo("3");
    }
}
