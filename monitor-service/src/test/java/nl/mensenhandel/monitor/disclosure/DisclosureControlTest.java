package nl.mensenhandel.monitor.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * {@link DisclosureControl} with {@link ComplementarySuppression} and the {@link DisclosureAudit}: small
 * municipalities, differencing between quarters and the year, between overlapping areas, and combinations of
 * relations that no single subtraction shows.
 */
class DisclosureControlTest {

    static final List<String> MUNICIPALITIES = List.of("GM0479", "GM0431", "GM0880", "GM0439");
    static final List<String> QUARTERS = List.of("2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4");

    /** period (quarters, year) × area (municipalities, region, a grouping of two) × form (two, total). */
    static Cube zaanstreek() {
        return new Cube("SIGNALS_UNIQUE", List.of(
                new Dimension("period", QUARTERS, Map.of("2024", QUARTERS)),
                new Dimension("area", MUNICIPALITIES, Map.of("zaanstreek-waterland", MUNICIPALITIES,
                        "zaanstad-oostzaan", List.of("GM0479", "GM0431"))),
                Dimension.withTotal("form", List.of("ARBEID", "SEKSUEEL"))));
    }

    static void fill(Cube cube, long perCell) {
        for (String quarter : QUARTERS) {
            for (String municipality : List.of("GM0479", "GM0439")) {
                cube.add(List.of(quarter, municipality, "ARBEID"), perCell);
                cube.add(List.of(quarter, municipality, "SEKSUEEL"), perCell);
            }
        }
    }

    @Test
    void oneSignalInAVillageIsHiddenEverywhereItCouldBeDerived() {
        Cube cube = zaanstreek();
        fill(cube, 10);
        cube.add(List.of("2024-Q2", "GM0431", "ARBEID"), 1); // Oostzaan: one signal in the whole year
        SuppressedCube published = DisclosureControl.suppress(cube, 5);

        assertThat(Cubes.status(published, "2024-Q2", "GM0431", "ARBEID")).isEqualTo(Onderdrukking.ONDERDRUKT);
        assertThat(Cubes.status(published, "2024", "GM0431", "ARBEID")).isEqualTo(Onderdrukking.ONDERDRUKT);
        assertThat(Cubes.status(published, "2024", "GM0431", "TOTAAL")).isEqualTo(Onderdrukking.ONDERDRUKT);
        assertThat(published.cell(List.of("2024-Q2", "GM0431", "ARBEID")).value()).isEmpty();
        assertThat(published.cell(List.of("2024-Q2", "GM0431", "ARBEID")).display()).isEqualTo("<5");
        // zero stays zero: Wormerland had no signals at all
        assertThat(published.cell(List.of("2024", "GM0880", "TOTAAL")).display()).isEqualTo("0");
        assertThat(Cubes.singleHidden(published)).isEmpty();
        assertThat(DisclosureAudit.determinedCells(cube, Cubes.statuses(published))).isEmpty();
    }

    @Test
    void aQuarterCannotBeDerivedFromTheYearAndTheOtherQuarters() {
        Cube cube = new Cube("SIGNALS_RAW", List.of(new Dimension("period", QUARTERS, Map.of("2024", QUARTERS))));
        cube.add(List.of("2024-Q1"), 12);
        cube.add(List.of("2024-Q2"), 9);
        cube.add(List.of("2024-Q3"), 2);
        cube.add(List.of("2024-Q4"), 20);
        SuppressedCube published = DisclosureControl.suppress(cube, 5);

        assertThat(Cubes.status(published, "2024-Q3")).isEqualTo(Onderdrukking.ONDERDRUKT);
        // the smallest non-zero shown quarter is hidden with it; the year stays shown
        assertThat(Cubes.status(published, "2024-Q2")).isEqualTo(Onderdrukking.AANVULLEND_ONDERDRUKT);
        assertThat(published.cell(List.of("2024-Q2")).display()).isEqualTo("x");
        assertThat(Cubes.status(published, "2024")).isEqualTo(Onderdrukking.GETOOND);
        assertThat(Cubes.status(published, "2024-Q1")).isEqualTo(Onderdrukking.GETOOND);
        assertThat(DisclosureAudit.determinedCells(cube, Cubes.statuses(published))).isEmpty();
    }

    @Test
    void theRegionMinusAnOverlappingGroupingRevealsNothing() {
        List<String> leaves = List.of("A", "B", "C");
        Cube cube = new Cube("CASES", List.of(new Dimension("area", leaves,
                Map.of("region", leaves, "grouping", List.of("A", "B")))));
        cube.add(List.of("A"), 30);
        cube.add(List.of("B"), 40);
        cube.add(List.of("C"), 2); // region − grouping = C
        SuppressedCube published = DisclosureControl.suppress(cube, 5);

        assertThat(Cubes.status(published, "C")).isEqualTo(Onderdrukking.ONDERDRUKT);
        boolean regionMinusGroupingKnown = !published.status(cube.cell(List.of("region"))).hidden()
                && !published.status(cube.cell(List.of("grouping"))).hidden();
        assertThat(regionMinusGroupingKnown).as("region and grouping both shown would give C away").isFalse();
        assertThat(DisclosureAudit.determinedCells(cube, Cubes.statuses(published))).isEmpty();
    }

    @Test
    void theAuditFindsCellsThatNoSingleSubtractionReveals() {
        // four hidden leaves, each relation has two hidden members, yet together they fix every leaf
        List<String> leaves = List.of("a", "b", "c", "d");
        Cube cube = new Cube("M", List.of(new Dimension("x", leaves, Map.of("ab", List.of("a", "b"),
                "cd", List.of("c", "d"), "ac", List.of("a", "c"), "bd", List.of("b", "d"), "ad", List.of("a", "d")))));
        leaves.forEach(leaf -> cube.add(List.of(leaf), 7));
        Onderdrukking[] status = new Onderdrukking[cube.size()];
        java.util.Arrays.fill(status, Onderdrukking.GETOOND);
        leaves.forEach(leaf -> status[cube.cell(List.of(leaf))] = Onderdrukking.ONDERDRUKT);

        for (Cube.Relation relation : cube.relations()) {
            long hidden = java.util.Arrays.stream(relation.members()).filter(m -> status[m].hidden()).count();
            assertThat(hidden).isEqualTo(2);
        }
        assertThat(DisclosureAudit.determinedCells(cube, status)).hasSize(4);
    }

    @Test
    void theControlHidesMoreUntilTheAuditPasses() {
        List<String> leaves = List.of("a", "b", "c", "d");
        Cube cube = new Cube("M", List.of(new Dimension("x", leaves, Map.of("ab", List.of("a", "b"),
                "cd", List.of("c", "d"), "ac", List.of("a", "c"), "bd", List.of("b", "d"), "ad", List.of("a", "d")))));
        leaves.forEach(leaf -> cube.add(List.of(leaf), 2));
        SuppressedCube published = DisclosureControl.suppress(cube, 5);

        assertThat(DisclosureAudit.determinedCells(cube, Cubes.statuses(published))).isEmpty();
        assertThat(published.hiddenCells()).isGreaterThan(4);
    }

    @Test
    void theOwnThresholdOfOneHidesNothing() {
        Cube cube = zaanstreek();
        fill(cube, 1);
        SuppressedCube published = DisclosureControl.suppress(cube, 1);
        assertThat(published.hiddenCells()).isZero();
        assertThat(published.cell(List.of("2024-Q1", "GM0479", "ARBEID")).display()).isEqualTo("1");
    }

    @Test
    void theSameCountsGiveTheSamePublication() {
        Cube first = zaanstreek();
        fill(first, 3);
        first.add(List.of("2024-Q2", "GM0431", "ARBEID"), 1);
        Cube second = zaanstreek();
        fill(second, 3);
        second.add(List.of("2024-Q2", "GM0431", "ARBEID"), 1);
        assertThat(Cubes.statuses(DisclosureControl.suppress(first, 5)))
                .containsExactly(Cubes.statuses(DisclosureControl.suppress(second, 5)));
    }

    @Test
    void aCubeOfDeliveredFiguresHoldsThemAsDeliveredAndRelatesOnlyDeliveredCells() {
        List<Dimension> dimensions = List.of(Dimension.withTotal("form", List.of("ARBEID", "SEKSUEEL", "CRIMINEEL")));
        // every member delivered, the total not the sum of the parts (a partner's own total): one relation
        Cube all = Cube.delivered("SIGNALEN", dimensions, Map.of(List.of("TOTAAL"), 12L, List.of("ARBEID"), 3L,
                List.of("SEKSUEEL"), 7L, List.of("CRIMINEEL"), 0L));
        assertThat(all.count(all.cell(List.of("TOTAAL")))).isEqualTo(12);
        assertThat(all.relations()).hasSize(1);
        SuppressedCube published = DisclosureControl.suppress(all, 5);
        assertThat(published.cell(List.of("ARBEID")).display()).isEqualTo("<5");
        assertThat(published.cell(List.of("SEKSUEEL")).display()).isEqualTo("x");
        assertThat(published.cell(List.of("TOTAAL")).display()).isEqualTo("12");
        // a part not delivered (unknown) is no cell: no relation, nothing more hidden
        Cube partly = Cube.delivered("SIGNALEN", dimensions, Map.of(List.of("TOTAAL"), 12L, List.of("ARBEID"), 3L,
                List.of("SEKSUEEL"), 7L));
        assertThat(partly.relations()).isEmpty();
        assertThat(DisclosureControl.suppress(partly, 5).cell(List.of("SEKSUEEL")).display()).isEqualTo("7");
    }
}
