package nl.mensenhandel.monitor.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.mensenhandel.monitor.api.model.AreaKind;
import nl.mensenhandel.monitor.api.model.CellStatus;
import nl.mensenhandel.monitor.areas.MonitorArea;
import nl.mensenhandel.monitor.disclosure.Cube;
import nl.mensenhandel.monitor.disclosure.DisclosureAudit;
import nl.mensenhandel.monitor.disclosure.Onderdrukking;
import nl.mensenhandel.monitor.partners.PartnerFigureDisclosure.Shown;
import nl.mensenhandel.monitor.partners.PartnerFigureSet.StoredFigure;

/**
 * Partner figures through the disclosure engine: a suppressed count cannot be recovered from the other delivered
 * counts of its set (forms and {@code ALLE}, municipalities and the region or a grouping), the complement reads
 * {@code x}; an unknown, undelivered or estimated member is no number and forces nothing.
 */
class PartnerFigureSuppressionTest {

    static final int THRESHOLD = 5;
    static final List<MonitorArea> KENNEMERLAND = List.of(
            new MonitorArea("kennemerland", "Kennemerland", AreaKind.REGIO,
                    List.of("GM0377", "GM0392", "GM0397", "GM0473")),
            new MonitorArea("GM0377", "Bloemendaal", AreaKind.GEMEENTE, List.of("GM0377")),
            new MonitorArea("GM0392", "Haarlem", AreaKind.GEMEENTE, List.of("GM0392")),
            new MonitorArea("GM0397", "Heemstede", AreaKind.GEMEENTE, List.of("GM0397")),
            new MonitorArea("GM0473", "Zandvoort", AreaKind.GEMEENTE, List.of("GM0473")),
            new MonitorArea("zuid-kennemerland", "Zuid", AreaKind.GROEPERING, List.of("GM0397", "GM0392")),
            new MonitorArea("ijmond", "IJmond", AreaKind.EXTERN, List.of()));

    static StoredFigure count(String area, String form, Long value) {
        return new StoredFigure(area, form, "SIGNALEN", "WAARNEMING", value, null, null, "test");
    }

    static StoredFigure estimate(String area, String form, long value) {
        return new StoredFigure(area, form, "SIGNALEN", "SCHATTING", value, null, null, "test");
    }

    /** Haarlem: all five forms and ALLE, with {@code criminal} for the criminal exploitation (null: unknown). */
    static List<StoredFigure> haarlem(StoredFigure total, Long criminal) {
        List<StoredFigure> figures = new ArrayList<>(List.of(total, count("GM0392", "SEKSUEEL", 7L),
                count("GM0392", "ARBEID", 3L), count("GM0392", "ORGAAN", 0L), count("GM0392", "ONBEKEND", 0L)));
        figures.add(count("GM0392", "CRIMINEEL", criminal));
        return figures;
    }

    static List<CellStatus> statuses(List<Shown> shown) {
        return shown.stream().map(Shown::status).toList();
    }

    /**
     * An independent check with the engine's own audit: the delivered observed counts as a cube, the statuses as
     * shown; no relation has a single hidden member and no hidden cell is determined by the shown ones.
     */
    static void assertNothingDerivable(List<StoredFigure> figures, List<Shown> shown) {
        Map<List<String>, Long> delivered = new LinkedHashMap<>();
        Map<List<String>, Shown> shownAt = new LinkedHashMap<>();
        for (int i = 0; i < figures.size(); i++) {
            StoredFigure f = figures.get(i);
            if ("WAARNEMING".equals(f.kind()) && f.value() != null) {
                delivered.put(List.of(f.area(), f.form()), f.value());
                shownAt.put(List.of(f.area(), f.form()), shown.get(i));
            }
        }
        Cube cube = Cube.delivered("SIGNALEN", List.of(PartnerFigureSuppression.areaDimension(KENNEMERLAND,
                figures.stream().map(StoredFigure::area).toList()), PartnerFigureSuppression.formDimension()),
                delivered);
        Onderdrukking[] status = new Onderdrukking[cube.size()];
        Arrays.fill(status, Onderdrukking.GETOOND);
        shownAt.forEach((at, s) -> status[cube.cell(at)] = s.status() == CellStatus.GETOOND ? Onderdrukking.GETOOND
                : Onderdrukking.valueOf(s.status().getValue()));
        for (Cube.Relation relation : cube.relations()) {
            assertThat(Arrays.stream(relation.members()).filter(m -> status[m].hidden()).count())
                    .as("a relation with one hidden member reveals it").isNotEqualTo(1);
        }
        assertThat(DisclosureAudit.determinedCells(cube, status)).isEmpty();
    }

    @Test
    void aSmallFormBesideAllFormsAndItsTotalTakesTheSmallestNonZeroFormWithItShownAsX() {
        List<StoredFigure> figures = haarlem(count("GM0392", "ALLE", 10L), 0L);
        List<Shown> shown = PartnerFigureSuppression.show(figures, KENNEMERLAND, THRESHOLD);
        assertThat(statuses(shown)).containsExactly(CellStatus.GETOOND, CellStatus.AANVULLEND_ONDERDRUKT,
                CellStatus.ONDERDRUKT, CellStatus.GETOOND, CellStatus.GETOOND, CellStatus.GETOOND);
        assertThat(shown.get(1)).isEqualTo(new Shown(null, null, null, CellStatus.AANVULLEND_ONDERDRUKT, "x"));
        assertThat(shown.get(2)).isEqualTo(new Shown(null, null, null, CellStatus.ONDERDRUKT, "<5"));
        assertThat(shown.get(0).display()).isEqualTo("10");
        assertNothingDerivable(figures, shown);
        // the region's own threshold 1: nothing hidden
        assertThat(statuses(PartnerFigureSuppression.show(figures, KENNEMERLAND, 1))).containsOnly(CellStatus.GETOOND);
    }

    @Test
    void anUnknownUndeliveredOrEstimatedMemberIsNoNumberAndForcesNothing() {
        // a form delivered as unknown
        List<Shown> unknownPart = PartnerFigureSuppression.show(haarlem(count("GM0392", "ALLE", 10L), null),
                KENNEMERLAND, THRESHOLD);
        assertThat(statuses(unknownPart)).containsExactly(CellStatus.GETOOND, CellStatus.GETOOND,
                CellStatus.ONDERDRUKT, CellStatus.GETOOND, CellStatus.GETOOND, CellStatus.ONBEKEND);
        assertThat(unknownPart.get(5)).isEqualTo(new Shown(null, null, null, CellStatus.ONBEKEND, "onbekend"));
        // a form not delivered at all is unknown too, not 0
        List<StoredFigure> missing = haarlem(count("GM0392", "ALLE", 10L), 0L).subList(0, 5);
        assertThat(statuses(PartnerFigureSuppression.show(missing, KENNEMERLAND, THRESHOLD)))
                .doesNotContain(CellStatus.AANVULLEND_ONDERDRUKT);
        // the total unknown, or an estimate
        assertThat(statuses(PartnerFigureSuppression.show(haarlem(count("GM0392", "ALLE", null), 0L), KENNEMERLAND,
                THRESHOLD))).doesNotContain(CellStatus.AANVULLEND_ONDERDRUKT);
        List<Shown> estimated = PartnerFigureSuppression.show(haarlem(estimate("GM0392", "ALLE", 10L), 0L),
                KENNEMERLAND, THRESHOLD);
        assertThat(statuses(estimated)).doesNotContain(CellStatus.AANVULLEND_ONDERDRUKT);
        assertThat(estimated.get(0).status()).isEqualTo(CellStatus.SCHATTING);
    }

    @Test
    void municipalitiesMakingUpTheRegionAndAnOverlappingGroupingAreAuditedTogether() {
        List<StoredFigure> figures = List.of(count("kennemerland", "SEKSUEEL", 15L),
                count("zuid-kennemerland", "SEKSUEEL", 14L), count("GM0397", "SEKSUEEL", 1L),
                count("GM0392", "SEKSUEEL", 13L), count("GM0377", "SEKSUEEL", 0L), count("GM0473", "SEKSUEEL", 1L),
                count("ijmond", "SEKSUEEL", 2L));
        List<Shown> shown = PartnerFigureSuppression.show(figures, KENNEMERLAND, THRESHOLD);
        // Heemstede and Zandvoort are primary; the grouping (14) would give Heemstede away, so Haarlem goes too;
        // then region - grouping - Bloemendaal would give Zandvoort away (no single subtraction shows it, the audit
        // does), so the region's total goes as well
        assertThat(statuses(shown)).containsExactly(CellStatus.AANVULLEND_ONDERDRUKT, CellStatus.GETOOND,
                CellStatus.ONDERDRUKT, CellStatus.AANVULLEND_ONDERDRUKT, CellStatus.GETOOND, CellStatus.ONDERDRUKT,
                CellStatus.ONDERDRUKT);
        assertThat(shown.get(0).display()).isEqualTo("x");
        assertThat(shown.get(0).value()).isNull();
        assertNothingDerivable(figures, shown);

        // Bloemendaal unknown: the region is no sum of delivered counts, only the grouping is. (Bounds are not
        // audited, as for the figures: with the region at 15, 15 - 14 = 1 would bound Zandvoort + Bloemendaal by 1
        // and so give Zandvoort's 1 away; here the region's 20 leaves Zandvoort anywhere in 1..4.)
        List<StoredFigure> withUnknown = new ArrayList<>(figures);
        withUnknown.set(0, count("kennemerland", "SEKSUEEL", 20L));
        withUnknown.set(4, count("GM0377", "SEKSUEEL", null));
        List<Shown> partly = PartnerFigureSuppression.show(withUnknown, KENNEMERLAND, THRESHOLD);
        assertThat(statuses(partly)).containsExactly(CellStatus.GETOOND, CellStatus.GETOOND, CellStatus.ONDERDRUKT,
                CellStatus.AANVULLEND_ONDERDRUKT, CellStatus.ONBEKEND, CellStatus.ONDERDRUKT, CellStatus.ONDERDRUKT);
        assertNothingDerivable(withUnknown, partly);
    }
}
