package nl.mensenhandel.care.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.mensenhandel.care.statistics.CareCounter.PlacementFacts;
import nl.mensenhandel.care.statistics.CareCounter.TrajectoryFacts;
import nl.mensenhandel.platform.statistics.StatisticsTable;

/** Trajectories and placements by their categories; days from the request to the first GEPLAATST of a trajectory. */
class CareCounterTest {

    static final Instant ASKED = Instant.parse("2025-03-01T12:00:00Z");

    static Instant days(int n) {
        return ASKED.plusSeconds(n * 86_400L);
    }

    static long count(StatisticsTable table, String measure, Map<String, String> dimensions) {
        return table.cells().stream().filter(c -> c.measure().equals(measure) && c.dimensions().equals(dimensions))
                .mapToLong(StatisticsTable.Cell::count).sum();
    }

    StatisticsTable counted() {
        return CareCounter.count("kennemerland", ASKED, List.of(
                        new TrajectoryFacts("t1", days(1), "GM0397", "LOPEND", ASKED),
                        new TrajectoryFacts("t2", days(1), "GM0397", "LOPEND", ASKED),
                        // opened directly by the zorgcoördinator: no request to measure from
                        new TrajectoryFacts("t3", days(1), "GM0392", "AFGESLOTEN", null)),
                List.of(new PlacementFacts("t1", days(1), "NOODBED", "BEEINDIGD", days(2)),
                        new PlacementFacts("t1", days(3), "SPECIALISTISCHE_OPVANG", "GEPLAATST", days(9)),
                        new PlacementFacts("t2", days(1), "COSM", "GEPLAATST", days(6)),
                        new PlacementFacts("t3", days(1), "NOODBED", "GEPLAATST", days(1)),
                        new PlacementFacts("t2", days(1), "NOODBED", "AFGEWEZEN", null)));
    }

    @Test
    void trajectoriesAndPlacementsByTheirCategories() {
        StatisticsTable table = counted();
        assertThat(count(table, CareCounter.TRAJECTORIES, Map.of("year", "2025", "municipalityCode", "GM0397",
                "status", "LOPEND"))).isEqualTo(2);
        assertThat(count(table, CareCounter.PLACEMENTS, Map.of("year", "2025", "placementType", "NOODBED",
                "status", "GEPLAATST"))).isEqualTo(1);
        assertThat(count(table, CareCounter.PLACEMENTS, Map.of("year", "2025", "placementType", "NOODBED",
                "status", "AFGEWEZEN"))).isEqualTo(1);
        assertThat(table.cells()).allMatch(c -> c.count() > 0);
    }

    /** t1 first placed after 2 days (the noodbed), t2 after 6; t3 had no request: median of 2 and 6 is 4. */
    @Test
    void theMedianDaysFromRequestToTheFirstPlacement() {
        assertThat(counted().durations()).containsExactly(
                new StatisticsTable.Median(CareCounter.TO_PLACEMENT, Map.of("year", "2025"), 2, 4.0));
    }
}
