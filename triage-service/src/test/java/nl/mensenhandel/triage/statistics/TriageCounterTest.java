package nl.mensenhandel.triage.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.mensenhandel.platform.statistics.StatisticsTable;
import nl.mensenhandel.triage.statistics.TriageCounter.CaseFacts;
import nl.mensenhandel.triage.statistics.TriageCounter.DecisionFacts;
import nl.mensenhandel.triage.statistics.TriageCounter.TrackFacts;

/** Casussen by the result of their latest decision (NONE while undecided), tracks by type, days to the first decision. */
class TriageCounterTest {

    static final Instant OPENED = Instant.parse("2025-02-03T09:00:00Z");

    static long count(StatisticsTable table, String measure, Map<String, String> dimensions) {
        return table.cells().stream().filter(c -> c.measure().equals(measure) && c.dimensions().equals(dimensions))
                .mapToLong(StatisticsTable.Cell::count).sum();
    }

    static Map<String, String> casus(String result) {
        return Map.of("year", "2025", "quarter", "1", "municipalityCode", "GM0479", "result", result);
    }

    StatisticsTable counted() {
        Instant day2 = OPENED.plusSeconds(2 * 86_400);
        Instant day6 = OPENED.plusSeconds(6 * 86_400);
        return TriageCounter.count("zaanstreek-waterland", OPENED, List.of(
                new CaseFacts("GM0479", OPENED, List.of(), List.of()),
                // sent on, then decided with a care track: the latest decision counts
                new CaseFacts("GM0479", OPENED, List.of(new DecisionFacts("d1", day2, true),
                        new DecisionFacts("d2", day6, false)),
                        List.of(new TrackFacts("d2", "ZORGTRAJECT", day6), new TrackFacts("d2", "RIEC", day6))),
                new CaseFacts("GM0479", OPENED, List.of(new DecisionFacts("d3", OPENED.plusSeconds(4 * 86_400),
                        false)), List.of(new TrackFacts("d3", "NIET_BEVESTIGD", day6))),
                new CaseFacts("GM0479", OPENED, List.of(new DecisionFacts("d4", day2, true)), List.of())));
    }

    @Test
    void casesByTheResultOfTheirLatestDecision() {
        StatisticsTable table = counted();
        assertThat(count(table, TriageCounter.CASES, casus("NONE"))).isEqualTo(1);
        assertThat(count(table, TriageCounter.CASES, casus("DOORGELEID"))).isEqualTo(1);
        assertThat(count(table, TriageCounter.CASES, casus("AFGESLOTEN"))).isEqualTo(1);
        assertThat(count(table, TriageCounter.CASES, casus("NEXT_STEP"))).isEqualTo(1);
    }

    @Test
    void tracksByYearAndType() {
        StatisticsTable table = counted();
        assertThat(count(table, TriageCounter.TRACKS, Map.of("year", "2025", "trackType", "ZORGTRAJECT")))
                .isEqualTo(1);
        assertThat(count(table, TriageCounter.TRACKS, Map.of("year", "2025", "trackType", "NIET_BEVESTIGD")))
                .isEqualTo(1);
        assertThat(table.cells()).allMatch(c -> c.count() > 0);
    }

    /** First decisions after 2, 4 and 2 days; the undecided casus is not observed. */
    @Test
    void theMedianDaysToTheFirstDecision() {
        assertThat(counted().durations()).containsExactly(new StatisticsTable.Median(TriageCounter.TO_FIRST_DECISION,
                Map.of("year", "2025"), 3, 2.0));
    }
}
