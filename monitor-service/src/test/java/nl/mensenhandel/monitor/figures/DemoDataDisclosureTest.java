package nl.mensenhandel.monitor.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.mensenhandel.monitor.api.model.AreaKind;
import nl.mensenhandel.monitor.api.model.CellStatus;
import nl.mensenhandel.monitor.api.model.ExploitationForm;
import nl.mensenhandel.monitor.areas.AreaProperties;
import nl.mensenhandel.monitor.areas.ConfiguredAreaCatalogue;
import nl.mensenhandel.monitor.areas.MonitorArea;
import nl.mensenhandel.monitor.disclosure.Cube;
import nl.mensenhandel.monitor.disclosure.DisclosureAudit;
import nl.mensenhandel.monitor.disclosure.Onderdrukking;
import nl.mensenhandel.monitor.disclosure.SuppressedCube;
import nl.mensenhandel.platform.tenancy.MunicipalityRegistry;

/**
 * Issue 11 "Done when": suppression cannot be undone by differencing on the demo data. A reader asks every
 * combination of filters (years, each quarter, every area — the region, each municipality and a grouping overlapping
 * it — and every form) and collects every number shown. Every number is a shown cell of the one publication (the same
 * cell reads the same in every answer); no additive relation of the publication (a total and its parts in any
 * dimension: quarters and year, municipalities and region or grouping, forms and total) has a single hidden member;
 * and the exact audit finds no hidden cell that any combination of the shown numbers determines.
 */
class DemoDataDisclosureTest {

    static final String GROUPING = "zaanstad-wormerland";

    static List<MonitorArea> areas() {
        List<MonitorArea> areas = new ArrayList<>(new ConfiguredAreaCatalogue(new AreaProperties(Map.of()),
                MunicipalityRegistry.load()).of(DemoStatistics.REGION));
        areas.add(new MonitorArea(GROUPING, "Zaanstad en Wormerland", AreaKind.GROEPERING, List.of("GM0479", "GM0880")));
        return areas;
    }

    @ParameterizedTest
    @ValueSource(ints = { 3, 5 })
    void noAnswerNorAnyCombinationOfAnswersRevealsAHiddenCell(int threshold) {
        RegionalPublication publication = new PublicationBuilder().build(DemoStatistics.gathered(true), areas(),
                threshold);
        for (SuppressedCube cube : publication.cubes().values()) {
            Onderdrukking[] status = new Onderdrukking[cube.cube().size()];
            for (int cell = 0; cell < status.length; cell++) {
                status[cell] = cube.status(cell);
            }
            for (Cube.Relation relation : cube.cube().relations()) {
                long hidden = java.util.Arrays.stream(relation.members()).filter(m -> status[m].hidden()).count();
                assertThat(hidden).as(cube.cube().measure() + " " + cube.cube().coordinates(relation.total()))
                        .isNotEqualTo(1);
            }
            assertThat(DisclosureAudit.determinedCells(cube.cube(), status)).as(cube.cube().measure()).isEmpty();
        }

        MonitorTables tables = new MonitorTables(new Labels(MunicipalityRegistry.load()));
        Map<String, String> seen = new HashMap<>();
        List<Integer> quarters = new ArrayList<>(java.util.Arrays.asList(null, 1, 2, 3, 4));
        List<ExploitationForm> forms = new ArrayList<>(java.util.Arrays.asList(ExploitationForm.values()));
        forms.add(null);
        for (MonitorArea area : areas()) {
            for (Integer quarter : quarters) {
                for (ExploitationForm form : forms) {
                    for (FigureTable table : tables.tables(publication, new FigureFilters(2025, 2026, quarter, area,
                            form))) {
                        for (int r = 0; r < table.rows().size(); r++) {
                            for (int c = 0; c < table.columns().size(); c++) {
                                TableCell cell = table.cells().get(r).get(c);
                                if (cell.status() != CellStatus.GETOOND) {
                                    assertThat(cell.value()).isNull();
                                    assertThat(cell.display()).isIn("<" + threshold, "x", "n<" + threshold);
                                }
                                // the same cell of the publication reads the same in every answer
                                String key = table.id() + "|" + (table.id().contains("municipality")
                                        || table.id().contains("by-source") ? quarter : "") + "|" + table.rows().get(r).key() + "|"
                                        + table.columns().get(c).key() + "|" + (table.id().contains("by-source")
                                                || table.id().contains("trend") || table.id().contains("repeat")
                                                || table.id().contains("result") || table.id().contains("inspections")
                                                || table.id().contains("trajectories") ? area.id() : "");
                                String before = seen.putIfAbsent(key, cell.display());
                                if (before != null) {
                                    assertThat(cell.display()).as(key).isEqualTo(before);
                                }
                            }
                        }
                    }
                }
            }
        }
        // Wormerland's single signal never shows, nor does the region minus the grouping or minus Zaanstad give it
        SuppressedCube unique = publication.cube("SIGNALS_UNIQUE").orElseThrow();
        assertThat(unique.cell(List.of("2026-Q4", "GM0880", "CRIMINEEL")).value()).isEmpty();
        assertThat(unique.cell(List.of("2026", "GM0880", "TOTAAL")).value()).isEmpty();
    }
}
