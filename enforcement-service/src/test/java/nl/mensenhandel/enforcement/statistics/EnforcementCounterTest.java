package nl.mensenhandel.enforcement.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.mensenhandel.enforcement.statistics.EnforcementCounter.InspectionFacts;
import nl.mensenhandel.enforcement.statistics.EnforcementCounter.MeasureFacts;
import nl.mensenhandel.enforcement.statistics.EnforcementCounter.OverbewoningFacts;
import nl.mensenhandel.platform.statistics.StatisticsTable;

/** Inspections by quarter (Dutch time), measures by instrument and status, overbewoning findings; no zero cells. */
class EnforcementCounterTest {

    static long count(StatisticsTable table, String measure, Map<String, String> dimensions) {
        return table.cells().stream().filter(c -> c.measure().equals(measure) && c.dimensions().equals(dimensions))
                .mapToLong(StatisticsTable.Cell::count).sum();
    }

    @Test
    void countsEachKindByItsDimensions() {
        // 30 September 22:30 UTC is 1 October in Amsterdam: the fourth quarter
        Instant october = Instant.parse("2025-09-30T22:30:00Z");
        Instant june = Instant.parse("2025-06-15T10:00:00Z");
        StatisticsTable table = EnforcementCounter.count("rotterdam", june,
                List.of(new InspectionFacts(october, "GM0599", "WOONCONTROLE"),
                        new InspectionFacts(june, "GM0599", "WOONCONTROLE"),
                        new InspectionFacts(june, "GM0599", "WOONCONTROLE")),
                List.of(new MeasureFacts(june, "GEMEENTEWET_174A", "VOORNEMEN"),
                        new MeasureFacts(june, "GEMEENTEWET_174A", "BESLUIT")),
                List.of(new OverbewoningFacts(june, "GM0599"), new OverbewoningFacts(june, "GM0599")));
        assertThat(count(table, EnforcementCounter.INSPECTIONS, Map.of("year", "2025", "quarter", "4",
                "municipalityCode", "GM0599", "inspectionType", "WOONCONTROLE"))).isEqualTo(1);
        assertThat(count(table, EnforcementCounter.INSPECTIONS, Map.of("year", "2025", "quarter", "2",
                "municipalityCode", "GM0599", "inspectionType", "WOONCONTROLE"))).isEqualTo(2);
        assertThat(count(table, EnforcementCounter.MEASURES, Map.of("year", "2025", "instrument", "GEMEENTEWET_174A",
                "status", "BESLUIT"))).isEqualTo(1);
        assertThat(count(table, EnforcementCounter.OVERBEWONING, Map.of("year", "2025", "municipalityCode",
                "GM0599"))).isEqualTo(2);
        assertThat(table.cells()).hasSize(5).allMatch(c -> c.count() > 0);
        assertThat(table.definitions()).extracting(StatisticsTable.Definition::measure)
                .containsExactly("INSPECTIONS", "MEASURES", "OVERBEWONING_FINDINGS");
    }
}
