package nl.mensenhandel.monitor.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.mensenhandel.monitor.api.model.AreaKind;
import nl.mensenhandel.monitor.api.model.CellStatus;
import nl.mensenhandel.monitor.areas.MonitorArea;
import nl.mensenhandel.monitor.partners.ComplementarySuppression.Cell;

/** A suppressed partner figure cannot be recovered by subtracting the other figures of the answer. */
class ComplementarySuppressionTest {

    static final int THRESHOLD = 5;
    static final List<MonitorArea> KENNEMERLAND = List.of(
            new MonitorArea("kennemerland", "Kennemerland", AreaKind.REGIO,
                    List.of("GM0377", "GM0392", "GM0397", "GM0473")),
            new MonitorArea("zuid-kennemerland", "Zuid", AreaKind.GROEPERING, List.of("GM0397", "GM0392")),
            new MonitorArea("ijmond", "IJmond", AreaKind.EXTERN, List.of()));

    static Cell cell(String area, String form, Long value) {
        return new Cell(2022, "POLITIE", area, form, "SIGNALEN", value,
                PartnerFigureDisclosure.show(value == null ? FigureValue.UNKNOWN : FigureValue.count(value), false,
                        THRESHOLD));
    }

    static List<CellStatus> statuses(List<Cell> cells) {
        return cells.stream().map(c -> c.shown().status()).toList();
    }

    /** What a reader can derive: for every sum with exactly one hidden member, that member. */
    static void assertNoSuppressedCellIsDerivable(List<Cell> cells) {
        for (List<Cell> sum : ComplementarySuppression.sums(cells, KENNEMERLAND)) {
            long hidden = sum.stream().filter(c -> c.shown().status() != CellStatus.GETOOND).count();
            assertThat(hidden).as("a sum with one hidden member reveals it").isNotEqualTo(1);
        }
    }

    @Test
    void aSmallFormBesideItsTotalTakesTheSmallestNonZeroFormWithIt() {
        List<Cell> cells = new ArrayList<>(List.of(cell("GM0392", "ALLE", 10L), cell("GM0392", "SEKSUEEL", 7L),
                cell("GM0392", "ARBEID", 3L), cell("GM0392", "CRIMINEEL", 0L)));
        ComplementarySuppression.apply(cells, KENNEMERLAND, THRESHOLD);
        assertThat(statuses(cells)).containsExactly(CellStatus.GETOOND, CellStatus.AANVULLEND_ONDERDRUKT,
                CellStatus.ONDERDRUKT, CellStatus.GETOOND);
        assertThat(cells.get(1).shown().display()).isEqualTo("<5");
        assertThat(cells.get(1).shown().value()).isNull();
        assertNoSuppressedCellIsDerivable(cells);
    }

    @Test
    void municipalitiesThatMakeUpTheRegionOrAGroupingAreProtectedAcrossBothSums() {
        List<Cell> cells = new ArrayList<>(List.of(cell("kennemerland", "SEKSUEEL", 15L),
                cell("zuid-kennemerland", "SEKSUEEL", 14L),
                cell("GM0397", "SEKSUEEL", 1L), cell("GM0392", "SEKSUEEL", 13L),
                cell("GM0377", "SEKSUEEL", 0L), cell("GM0473", "SEKSUEEL", 1L)));
        ComplementarySuppression.apply(cells, KENNEMERLAND, THRESHOLD);
        // Heemstede (1) and Zandvoort (1) are suppressed; the grouping Heemstede + Haarlem would reveal Heemstede
        assertThat(cells.get(2).shown().status()).isEqualTo(CellStatus.ONDERDRUKT);
        assertThat(cells.get(5).shown().status()).isEqualTo(CellStatus.ONDERDRUKT);
        assertThat(cells.get(3).shown().status()).isEqualTo(CellStatus.AANVULLEND_ONDERDRUKT);
        assertNoSuppressedCellIsDerivable(cells);
    }

    @Test
    void noSumNoComplementaryAndAnUnknownMemberHidesTheDifferenceAlready() {
        List<Cell> incomplete = new ArrayList<>(List.of(cell("kennemerland", "ARBEID", 9L),
                cell("GM0397", "ARBEID", 1L), cell("GM0392", "ARBEID", 8L)));
        ComplementarySuppression.apply(incomplete, KENNEMERLAND, THRESHOLD);
        assertThat(statuses(incomplete)).containsExactly(CellStatus.GETOOND, CellStatus.ONDERDRUKT, CellStatus.GETOOND);

        List<Cell> withUnknown = new ArrayList<>(List.of(cell("GM0392", "ALLE", 10L), cell("GM0392", "SEKSUEEL", 7L),
                cell("GM0392", "ARBEID", 3L), cell("GM0392", "CRIMINEEL", null)));
        ComplementarySuppression.apply(withUnknown, KENNEMERLAND, THRESHOLD);
        assertThat(statuses(withUnknown)).containsExactly(CellStatus.GETOOND, CellStatus.GETOOND,
                CellStatus.ONDERDRUKT, CellStatus.ONBEKEND);
    }
}
