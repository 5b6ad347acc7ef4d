package nl.mensenhandel.monitor.plateaus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.mensenhandel.monitor.sources.GatheredStatistics;
import nl.mensenhandel.monitor.sources.SourceResult;
import nl.mensenhandel.monitor.sources.StatisticsCount;

/** The platform's figure beside a criterion: counted for the municipality and year; unavailable is never 0. */
class PlateauEvidenceTest {

    static final PlateauEvidence.Subject ZAANSTAD = new PlateauEvidence.Subject("zaanstreek-waterland", "GM0479",
            "Zaanstad", 2024, 1);

    static SourceResult answered(String source, StatisticsCount... cells) {
        return new SourceResult(source, true, Instant.parse("2024-12-01T00:00:00Z"), null, List.of(cells), List.of(),
                Map.of());
    }

    static StatisticsCount cell(String measure, String municipality, String year, long count) {
        return new StatisticsCount(measure, Map.of("municipalityCode", municipality, "year", year, "form", "ARBEID"),
                count);
    }

    @Test
    void countsTheMunicipalitysYearFromEachService() {
        GatheredStatistics statistics = new GatheredStatistics("zaanstreek-waterland", List.of(
                answered("signal-service", cell("SIGNALS_UNIQUE", "GM0479", "2024", 2),
                        cell("SIGNALS_UNIQUE", "GM0479", "2024", 1), cell("SIGNALS_UNIQUE", "GM0431", "2024", 9),
                        cell("SIGNALS_UNIQUE", "GM0479", "2023", 9), cell("SIGNALS_RAW", "GM0479", "2024", 9)),
                answered("care-coordination-service"),
                SourceResult.unavailable("enforcement-service", "timeout")));

        Map<EvidenceKind, String> sentences = PlateauEvidence.sentences(ZAANSTAD, Set.of(EvidenceKind.values()),
                statistics);

        assertThat(sentences.get(EvidenceKind.SIGNALEN)).startsWith("3 signalen over Zaanstad ontvangen in 2024");
        // the service answered and holds none: a true 0
        assertThat(sentences.get(EvidenceKind.ZORGTRAJECTEN)).startsWith("0 zorgtrajecten");
        // the service did not answer: said so, never 0
        assertThat(sentences.get(EvidenceKind.CONTROLES)).isEqualTo("enforcement-service niet bereikbaar: geen cijfer");
    }

    @Test
    void smallCountsReadUnderTheRegionsOwnThreshold() {
        assertThat(PlateauEvidence.shown(2, 5)).isEqualTo("<5");
        assertThat(PlateauEvidence.shown(0, 5)).isEqualTo("0");
        assertThat(PlateauEvidence.shown(1, 1)).isEqualTo("1");
    }
}
