package nl.mensenhandel.monitor.figures;

import static nl.mensenhandel.platform.testing.ProblemAssertions.forbidden;
import static nl.mensenhandel.platform.testing.ProblemAssertions.invalidParameter;
import static nl.mensenhandel.platform.testing.ProblemAssertions.unauthenticated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import nl.mensenhandel.monitor.api.model.Audience;
import nl.mensenhandel.monitor.api.model.CellStatus;
import nl.mensenhandel.monitor.api.model.FigureCell;
import nl.mensenhandel.monitor.api.model.FigureTable;
import nl.mensenhandel.monitor.api.model.Label;
import nl.mensenhandel.monitor.api.model.MonitorReport;
import nl.mensenhandel.monitor.sources.GatheredStatistics;
import nl.mensenhandel.monitor.sources.SourceResult;
import nl.mensenhandel.monitor.sources.StatisticsSources;
import nl.mensenhandel.platform.testing.ApiTestSupport;
import nl.mensenhandel.platform.testing.TestJwts;
import reactor.core.publisher.Mono;

/**
 * GET /api/monitor/figures, /figures/csv and /national through the whole service with real-token-shaped JWTs: roles
 * (beleidsregisseur and monitor-lezer of the caller's region; others 403; the region always the token's), the
 * demo data suppressed at the region's own threshold (3 for Zaanstreek-Waterland in the demo) and at the public one,
 * an unavailable source marked, bad parameters 400 naming the field.
 */
class FiguresApiTest extends ApiTestSupport {

    static final String FIGURES = "/api/monitor/figures";

    @MockitoBean
    StatisticsSources sources;

    @BeforeEach
    void demoStatistics() {
        when(sources.gather(anyString())).thenAnswer(call -> {
            String region = call.getArgument(0);
            return Mono.just(region.equals(DemoStatistics.REGION) ? DemoStatistics.gathered(false)
                    : new GatheredStatistics(region, List.of(new SourceResult("signal-service", true,
                            DemoStatistics.AS_OF, null, List.of(), List.of(), java.util.Map.of()))));
        });
    }

    @Test
    void withoutTokenAnswers401() {
        unauthenticated(http.get().uri(FIGURES).exchange());
        unauthenticated(http.get().uri(FIGURES + "/csv").exchange());
        unauthenticated(http.get().uri("/api/monitor/national").exchange());
    }

    @Test
    void rolesWithoutNeedToKnowAnswer403AndNothingIsGathered() {
        for (String role : List.of("aandachtsfunctionaris", "regio-beheerder", "handhaver", "melder")) {
            forbidden(api.mutateWith(caller(role)).get().uri(FIGURES).exchange());
            forbidden(api.mutateWith(caller(role)).get().uri(FIGURES + "/csv").exchange());
            forbidden(api.mutateWith(caller(role)).get().uri("/api/monitor/national").exchange());
        }
        verify(sources, never()).gather(anyString());
    }

    @Test
    void theRegionsOwnThresholdHidesTheVillageSignalAndItsComplement() {
        MonitorReport report = report(caller("monitor-lezer"), "?fromYear=2025&toYear=2026&quarter=4");
        assertThat(report.getRegion()).isEqualTo(DemoStatistics.REGION);
        assertThat(report.getAudience()).isEqualTo(Audience.REGIO);
        assertThat(report.getThreshold()).isEqualTo(3);
        String table = "signals-unique-by-municipality-form";
        // Wormerland's one CRIMINEEL signal: <3, no value
        FigureCell village = cell(report, table, "GM0880", "CRIMINEEL");
        assertThat(village.getDisplay()).isEqualTo("<3");
        assertThat(village.getStatus()).isEqualTo(CellStatus.ONDERDRUKT);
        assertThat(village.getValue()).isNull();
        // the region's total is shown (5), so Zaanstad's total must not be: 5 - 4 would give Wormerland away
        assertThat(cell(report, table, DemoStatistics.REGION, "TOTAAL").getDisplay()).isEqualTo("5");
        FigureCell complement = cell(report, table, "GM0479", "TOTAAL");
        assertThat(complement.getStatus()).isEqualTo(CellStatus.AANVULLEND_ONDERDRUKT);
        assertThat(complement.getDisplay()).isEqualTo("x");
        assertThat(complement.getValue()).isNull();
        // zero is shown as 0
        assertThat(cell(report, table, "GM0431", "TOTAAL").getDisplay()).isEqualTo("0");
        assertThat(cell(report, table, "GM0431", "TOTAAL").getValue()).isEqualTo(0.0);
        // a source that did not answer: marked, its tables empty; the others still there
        assertThat(report.getSources()).anySatisfy(s -> {
            assertThat(s.getSource()).isEqualTo("enforcement-service");
            assertThat(s.getAvailable()).isFalse();
        });
        assertThat(table(report, "inspections-by-type").getAvailable()).isFalse();
        assertThat(table(report, "inspections-by-type").getCells()).isEmpty();
        assertThat(table(report, "cases-by-result").getAvailable()).isTrue();
        assertThat(table(report, "signals-unique-trend").getRows()).extracting(Label::getKey)
                .containsExactly("2025-Q4", "2026-Q4");
    }

    @Test
    void thePublicAudienceUsesThePublicThreshold() {
        MonitorReport report = report(caller("beleidsregisseur"), "?audience=PUBLIEK&toYear=2026&quarter=4");
        assertThat(report.getThreshold()).isEqualTo(5);
        String table = "signals-unique-by-municipality-form";
        assertThat(cell(report, table, "GM0479", "TOTAAL").getDisplay()).isEqualTo("<5");
        assertThat(cell(report, table, DemoStatistics.REGION, "TOTAAL").getDisplay()).isEqualTo("5");
        assertThat(cell(report, "median-signal-to-first-decision", "SIGNAL_TO_FIRST_DECISION", "2026").getDisplay())
                .isEqualTo("n<5");
        // the region's own staff (threshold 3) see no median of two observations either
        assertThat(cell(report(caller("beleidsregisseur"), "?toYear=2026"), "median-signal-to-first-decision",
                "SIGNAL_TO_FIRST_DECISION", "2026").getDisplay()).isEqualTo("n<3");
    }

    @Test
    void theSameReaderAskingBothAudiencesLearnsNoMoreThanFromItsOwn() {
        MonitorReport own = report(caller("beleidsregisseur"), "?toYear=2026&quarter=4");
        MonitorReport open = report(caller("beleidsregisseur"), "?toYear=2026&quarter=4&audience=PUBLIEK");
        for (FigureTable table : own.getTables()) {
            FigureTable other = table(open, table.getId());
            for (int r = 0; r < table.getCells().size(); r++) {
                for (int c = 0; c < table.getCells().get(r).size(); c++) {
                    if (table.getCells().get(r).get(c).getStatus() != CellStatus.GETOOND) {
                        assertThat(other.getCells().get(r).get(c).getValue()).as(table.getId() + " " + r + "," + c)
                                .isNull();
                    }
                }
            }
        }
    }

    @Test
    void theNationalViewHidesWhatTheRegionsOwnPublicationHides() {
        MonitorReport own = report(caller("monitor-lezer"), "?fromYear=2026&toYear=2026");
        MonitorReport national = api.mutateWith(caller("monitor-lezer")).get()
                .uri("/api/monitor/national?fromYear=2026&toYear=2026").exchange()
                .expectStatus().isOk()
                .expectBody(MonitorReport.class).returnResult().getResponseBody();
        FigureTable trend = table(own, "signals-unique-trend");
        String nationalTable = national.getTables().get(0).getId();
        for (Label form : trend.getColumns()) {
            FigureCell regional = cell(own, "signals-unique-trend", "2026", form.getKey());
            if (regional.getStatus() != CellStatus.GETOOND) {
                assertThat(cell(national, nationalTable, DemoStatistics.REGION, form.getKey()).getValue())
                        .as(form.getKey()).isNull();
            }
        }
    }

    @Test
    void anAreaOfTheRegionNarrowsTheTablesAndAnUnknownOneAnswers400() {
        api.mutateWith(caller("beleidsregisseur")).get().uri(FIGURES + "?area=GM0880&toYear=2026&quarter=4&form=CRIMINEEL")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.tables[?(@.id == 'signals-raw-by-municipality-form')].rows[*].key")
                .isEqualTo(List.of("GM0880"))
                .jsonPath("$.tables[?(@.id == 'signals-raw-by-municipality-form')].columns[*].key")
                .isEqualTo(List.of("CRIMINEEL"));
        invalidParameter(api.mutateWith(caller("beleidsregisseur")).get().uri(FIGURES + "?area=GM0397").exchange(),
                "area");
        invalidParameter(api.mutateWith(caller("beleidsregisseur")).get()
                .uri(FIGURES + "?fromYear=2026&toYear=2024").exchange(), "fromYear");
        invalidParameter(api.mutateWith(caller("beleidsregisseur")).get().uri(FIGURES + "?quarter=5").exchange(),
                "quarter");
    }

    @Test
    void theCsvHoldsTheSameSuppressedCells() {
        String csv = api.mutateWith(caller("monitor-lezer")).get().uri(FIGURES + "/csv?toYear=2026&quarter=4")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.parseMediaType("text/csv"))
                .expectBody(String.class).returnResult().getResponseBody();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("table;row;column;display;status;counts");
        assertThat(lines).anyMatch(l -> l.startsWith("signals-unique-by-municipality-form;Wormerland;Criminele uitbuiting;<3;ONDERDRUKT;"));
        assertThat(lines).anyMatch(l -> l.startsWith("signals-unique-by-municipality-form;Zaanstad;Totaal;x;AANVULLEND_ONDERDRUKT;"));
        assertThat(lines).anyMatch(l -> l.startsWith("inspections-by-type;;;onbekend;ONBEKEND;"));
    }

    @Test
    void theNationalViewHoldsEveryRegionAtThePublicThreshold() {
        MonitorReport report = api.mutateWith(TestJwts.user("lezer.test", "kennemerland", List.of(), "monitor-lezer"))
                .get().uri("/api/monitor/national?fromYear=2026&toYear=2026")
                .exchange()
                .expectStatus().isOk()
                .expectBody(MonitorReport.class).returnResult().getResponseBody();
        assertThat(report.getRegion()).isEqualTo("NL");
        assertThat(report.getAudience()).isEqualTo(Audience.PUBLIEK);
        assertThat(report.getThreshold()).isEqualTo(5);
        FigureTable table = report.getTables().get(0);
        assertThat(table.getRows()).extracting(Label::getKey)
                .contains("zaanstreek-waterland", "kennemerland", "NL").doesNotContain("GM0479");
        String id = table.getId();
        // Zaanstreek-Waterland's five unique signals are shown as a region total; each form (1 or 2) is not
        assertThat(cell(report, id, "zaanstreek-waterland", "TOTAAL").getDisplay()).isEqualTo("5");
        assertThat(cell(report, id, "zaanstreek-waterland", "ARBEID").getDisplay()).isEqualTo("<5");
        assertThat(cell(report, id, "zaanstreek-waterland", "ARBEID").getValue()).isNull();
        assertThat(cell(report, id, "kennemerland", "TOTAAL").getDisplay()).isEqualTo("0");
    }

    private MonitorReport report(JwtMutator caller, String query) {
        return api.mutateWith(caller).get().uri(FIGURES + query).exchange()
                .expectStatus().isOk()
                .expectBody(MonitorReport.class).returnResult().getResponseBody();
    }

    static FigureTable table(MonitorReport report, String id) {
        return report.getTables().stream().filter(t -> t.getId().equals(id)).findFirst().orElseThrow();
    }

    static FigureCell cell(MonitorReport report, String id, String row, String column) {
        FigureTable table = table(report, id);
        int r = table.getRows().stream().map(Label::getKey).toList().indexOf(row);
        int c = table.getColumns().stream().map(Label::getKey).toList().indexOf(column);
        assertThat(r).as("row " + row).isNotNegative();
        assertThat(c).as("column " + column).isNotNegative();
        return table.getCells().get(r).get(c);
    }

    private static JwtMutator caller(String role) {
        return TestJwts.user(role + ".test", DemoStatistics.REGION, List.of(), role);
    }
}
