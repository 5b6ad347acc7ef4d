package nl.mensenhandel.monitor.partners;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.mensenhandel.monitor.api.model.AreaKind;
import nl.mensenhandel.monitor.api.model.CellStatus;
import nl.mensenhandel.monitor.api.model.ExploitationForm;
import nl.mensenhandel.monitor.areas.AreaDimension;
import nl.mensenhandel.monitor.areas.MonitorArea;
import nl.mensenhandel.monitor.disclosure.Cube;
import nl.mensenhandel.monitor.disclosure.Dimension;
import nl.mensenhandel.monitor.disclosure.DisclosureControl;
import nl.mensenhandel.monitor.disclosure.PublishedCell;
import nl.mensenhandel.monitor.disclosure.SuppressedCube;
import nl.mensenhandel.monitor.partners.PartnerFigureDisclosure.Shown;
import nl.mensenhandel.monitor.partners.PartnerFigureSet.StoredFigure;

/**
 * Disclosure control of one partner figure set (one region, source and year) by the monitor's disclosure engine
 * (package {@code disclosure}, the same as the figures; issue 11 capability 5: a suppressed count must not be
 * derivable from totals or differences). Per measure, the set's <b>delivered observed counts</b> form one
 * {@link Cube#delivered} over
 * <ul>
 * <li>{@code area}: leaves the region's municipalities and every other area the set names that is no aggregate (an
 * external area: in no relation but the forms'), aggregates the region (= its municipalities) and every grouping (=
 * its municipalities) — {@link AreaDimension}, as the figures build it;</li>
 * <li>{@code form}: leaves every ExploitationForm, aggregate {@code ALLE} (= all of them).</li>
 * </ul>
 * and is suppressed as a whole ({@link DisclosureControl}: primary, complementary until stable, exact audit) at the
 * audience's threshold.
 * <p>
 * <b>Unknown is not zero</b> (DOMAIN.md §9): a figure the partner delivered as unknown, or did not deliver at all,
 * has no number and is never given one — it is kept <em>outside</em> the cube. So a relation exists only where the
 * total and every one of its parts are delivered observed counts (e.g. {@code ALLE} beside all five forms; the region
 * beside every one of its municipalities); a relation with an unknown member gives no hidden member's exact value
 * away and forces no extra suppression. <b>Estimates</b> ({@code SCHATTING}) are no counts: also outside the cube
 * (an estimate under the threshold is still suppressed by {@link PartnerFigureDisclosure}). What it does not cover,
 * as for the figures: bounds from non-negativity (a shown total minus shown parts bounds an unknown or hidden part
 * from above) are not audited, only exact values.
 * <p>
 * Display as in the figures: primary {@code <N} ({@code ONDERDRUKT}), complementary {@code x}
 * ({@code AANVULLEND_ONDERDRUKT}: it may well be N or more), never a value; everything else as
 * {@link PartnerFigureDisclosure} shows it.
 */
public final class PartnerFigureSuppression {

    static final String AREA = "area";
    static final String FORM = "form";
    static final String KIND_OBSERVED = "WAARNEMING";
    static final String KIND_ESTIMATE = "SCHATTING";

    private PartnerFigureSuppression() {
    }

    /**
     * What a reader sees of each figure of one set at {@code threshold}.
     *
     * @param figures the figures of one region, source and year
     * @param areas   the region's areas ({@code AreaCatalogue.of})
     * @return one {@link Shown} per figure, in the order of {@code figures}
     */
    public static List<Shown> show(List<StoredFigure> figures, List<MonitorArea> areas, int threshold) {
        List<Shown> shown = new ArrayList<>();
        for (StoredFigure figure : figures) {
            shown.add(PartnerFigureDisclosure.show(new FigureValue(figure.value(), figure.low(), figure.high()),
                    KIND_ESTIMATE.equals(figure.kind()), threshold));
        }
        Map<String, List<Integer>> countsByMeasure = new LinkedHashMap<>();
        for (int i = 0; i < figures.size(); i++) {
            StoredFigure figure = figures.get(i);
            if (KIND_OBSERVED.equals(figure.kind()) && figure.value() != null) {
                countsByMeasure.computeIfAbsent(figure.measure(), m -> new ArrayList<>()).add(i);
            }
        }
        Dimension form = formDimension();
        countsByMeasure.forEach((measure, members) -> {
            Dimension area = areaDimension(areas, members.stream().map(i -> figures.get(i).area()).toList());
            Map<List<String>, Long> delivered = new LinkedHashMap<>();
            for (int i : members) {
                StoredFigure figure = figures.get(i);
                if (form.values().contains(figure.form())) {
                    delivered.put(List.of(figure.area(), figure.form()), figure.value());
                }
            }
            SuppressedCube suppressed = DisclosureControl.suppress(
                    Cube.delivered(measure, List.of(area, form), delivered), threshold);
            for (int i : members) {
                StoredFigure figure = figures.get(i);
                if (!delivered.containsKey(List.of(figure.area(), figure.form()))) {
                    continue;
                }
                PublishedCell cell = suppressed.cell(List.of(figure.area(), figure.form()));
                if (cell.status().hidden()) {
                    shown.set(i, new Shown(null, null, null, CellStatus.fromValue(cell.status().name()),
                            cell.display()));
                }
            }
        });
        return shown;
    }

    /** The region's areas, with every other area the figures name as a leaf in no aggregate. */
    static Dimension areaDimension(List<MonitorArea> areas, List<String> named) {
        Set<String> known = new LinkedHashSet<>();
        areas.forEach(a -> known.add(a.id()));
        Set<String> outside = new LinkedHashSet<>();
        for (MonitorArea area : areas) {
            if (area.kind() == AreaKind.EXTERN) {
                outside.add(area.id());
            }
        }
        // an area no longer in the catalogue (configuration changed since the import) still has its forms' relation
        named.stream().filter(id -> !known.contains(id)).forEach(outside::add);
        return AreaDimension.of(AREA, areas, List.of(), List.copyOf(outside));
    }

    static Dimension formDimension() {
        List<String> forms = Arrays.stream(ExploitationForm.values()).map(ExploitationForm::getValue).toList();
        return new Dimension(FORM, forms, Map.of(PartnerFiguresCsv.ALL_FORMS, forms));
    }
}
