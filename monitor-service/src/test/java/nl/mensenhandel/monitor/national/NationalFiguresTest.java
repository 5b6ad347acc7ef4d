package nl.mensenhandel.monitor.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.mensenhandel.monitor.disclosure.Cube;
import nl.mensenhandel.monitor.disclosure.DisclosureAudit;
import nl.mensenhandel.monitor.disclosure.DisclosureControl;
import nl.mensenhandel.monitor.disclosure.Onderdrukking;
import nl.mensenhandel.monitor.disclosure.SuppressedCube;
import nl.mensenhandel.monitor.sources.SourceResult;
import nl.mensenhandel.monitor.sources.StatisticsCount;

/**
 * {@link NationalFigures#cube}: unique signals summed to region × year × form (quarters, municipalities and sources
 * summed away: nothing below region level), NL = all regions, suppressed as a whole.
 */
class NationalFiguresTest {

    static StatisticsCount unique(String year, String quarter, String municipality, String form, long count) {
        return new StatisticsCount("SIGNALS_UNIQUE", Map.of("year", year, "quarter", quarter, "municipalityCode",
                municipality, "form", form, "source", "BURGER"), count);
    }

    static SourceResult signals(StatisticsCount... cells) {
        return new SourceResult("signal-service", true, Instant.EPOCH, null, List.of(cells), List.of(), Map.of());
    }

    @Test
    void regionsAreSummedAndASmallRegionCannotBeDerivedFromTheNationalTotal() {
        Map<String, SourceResult> byRegion = new java.util.LinkedHashMap<>();
        byRegion.put("a", signals(unique("2026", "1", "GM0001", "ARBEID", 20), unique("2026", "2", "GM0002", "ARBEID", 9)));
        byRegion.put("b", signals(unique("2026", "3", "GM0003", "ARBEID", 2)));
        byRegion.put("c", signals(unique("2026", "4", "GM0004", "ARBEID", 12)));
        Cube cube = NationalFigures.cube(byRegion, List.of("a", "b", "c"));
        SuppressedCube published = DisclosureControl.suppress(cube, 5);

        assertThat(published.cell(List.of("2026", "a", "ARBEID")).display()).isEqualTo("29");
        assertThat(published.cell(List.of("2026", "b", "ARBEID")).display()).isEqualTo("<5");
        assertThat(published.cell(List.of("2026", "NL", "ARBEID")).display()).isEqualTo("43");
        // NL − a − c would give b: c (the smallest other region) is hidden with it
        assertThat(published.cell(List.of("2026", "c", "ARBEID")).status())
                .isEqualTo(Onderdrukking.AANVULLEND_ONDERDRUKT);
        Onderdrukking[] status = new Onderdrukking[cube.size()];
        for (int cell = 0; cell < status.length; cell++) {
            status[cell] = published.status(cell);
        }
        assertThat(DisclosureAudit.determinedCells(cube, status)).isEmpty();
        assertThat(cube.dimensions().get(1).leaves()).containsExactly("a", "b", "c");
    }
}
