package nl.mensenhandel.monitor.partners;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.mensenhandel.monitor.api.model.AreaKind;
import nl.mensenhandel.monitor.api.model.CellStatus;
import nl.mensenhandel.monitor.areas.MonitorArea;
import nl.mensenhandel.monitor.partners.PartnerFigureDisclosure.Shown;

/**
 * Complementary suppression of partner figures (issue 11 capability 5): a suppressed count must not be derivable by
 * subtraction from the other figures of the same answer. Partner figures hold such sums when a file has both the
 * forms and {@code ALLE} for the same year, source, area and measure, or both an area with municipalities (the
 * region, a grouping) and every one of its municipalities for the same year, source, form and measure. For each such
 * sum (the total and its parts, observed counts only) where exactly one member is hidden and it is suppressed, the
 * smallest shown member (a non-zero one first) is suppressed as well ({@code AANVULLEND_ONDERDRUKT}), repeated until
 * no sum has a lone suppressed member. An unknown member already hides the difference. Estimates are no counts and
 * take no part.
 */
public final class ComplementarySuppression {

    private ComplementarySuppression() {
    }

    /** A figure with what is shown of it; {@code shown} is replaced where complementary suppression applies. */
    public static final class Cell {
        final int year;
        final String source;
        final String area;
        final String form;
        final String measure;
        final Long value;
        Shown shown;

        public Cell(int year, String source, String area, String form, String measure, Long value, Shown shown) {
            this.year = year;
            this.source = source;
            this.area = area;
            this.form = form;
            this.measure = measure;
            this.value = value;
            this.shown = shown;
        }

        public Shown shown() {
            return shown;
        }

        boolean hidden() {
            return shown.status() != CellStatus.GETOOND;
        }

        boolean suppressed() {
            return shown.status() == CellStatus.ONDERDRUKT || shown.status() == CellStatus.AANVULLEND_ONDERDRUKT;
        }
    }

    /**
     * @param cells     the observed (WAARNEMING) figures of one answer
     * @param areas     the region's areas (for which municipalities make up the region and its groupings)
     * @param threshold the audience's threshold, for the display of a complementary suppressed cell
     */
    public static void apply(List<Cell> cells, List<MonitorArea> areas, int threshold) {
        List<List<Cell>> sums = sums(cells, areas);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (List<Cell> sum : sums) {
                List<Cell> hidden = sum.stream().filter(Cell::hidden).toList();
                if (hidden.size() != 1 || !hidden.get(0).suppressed()) {
                    continue;
                }
                Optional<Cell> next = sum.stream().filter(c -> !c.hidden())
                        .min(Comparator.<Cell>comparingInt(c -> c.value == 0 ? 1 : 0)
                                .thenComparingLong(c -> c.value));
                if (next.isPresent()) {
                    next.get().shown = new Shown(null, null, null, CellStatus.AANVULLEND_ONDERDRUKT, "<" + threshold);
                    changed = true;
                }
            }
        }
    }

    /** Each sum as its members: the total first, then the parts. */
    static List<List<Cell>> sums(List<Cell> cells, List<MonitorArea> areas) {
        List<List<Cell>> sums = new ArrayList<>();
        // forms add up to ALLE
        Map<String, List<Cell>> byArea = cells.stream().collect(Collectors.groupingBy(
                c -> c.year + "|" + c.source + "|" + c.area + "|" + c.measure, LinkedHashMap::new, Collectors.toList()));
        for (List<Cell> group : byArea.values()) {
            Optional<Cell> total = group.stream().filter(c -> PartnerFiguresCsv.ALL_FORMS.equals(c.form)).findFirst();
            List<Cell> parts = group.stream().filter(c -> !PartnerFiguresCsv.ALL_FORMS.equals(c.form)).toList();
            if (total.isPresent() && !parts.isEmpty()) {
                List<Cell> sum = new ArrayList<>(List.of(total.get()));
                sum.addAll(parts);
                sums.add(sum);
            }
        }
        // municipalities add up to the region or a grouping, when every one of them is there
        Map<String, List<Cell>> byForm = cells.stream().collect(Collectors.groupingBy(
                c -> c.year + "|" + c.source + "|" + c.form + "|" + c.measure, LinkedHashMap::new, Collectors.toList()));
        for (List<Cell> group : byForm.values()) {
            Map<String, Cell> byAreaId = group.stream().collect(Collectors.toMap(c -> c.area, c -> c, (a, b) -> a));
            for (MonitorArea area : areas) {
                if (area.kind() != AreaKind.REGIO && area.kind() != AreaKind.GROEPERING
                        || !byAreaId.containsKey(area.id())) {
                    continue;
                }
                List<Cell> parts = area.municipalityCodes().stream().map(byAreaId::get).filter(Objects::nonNull)
                        .toList();
                if (!parts.isEmpty() && parts.size() == Set.copyOf(area.municipalityCodes()).size()) {
                    List<Cell> sum = new ArrayList<>(List.of(byAreaId.get(area.id())));
                    sum.addAll(parts);
                    sums.add(sum);
                }
            }
        }
        return sums;
    }
}
