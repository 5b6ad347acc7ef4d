package nl.mensenhandel.monitor.areas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.mensenhandel.monitor.api.model.AreaKind;
import nl.mensenhandel.monitor.disclosure.Dimension;

/**
 * A region's areas as one dimension of a disclosure cube, the same for the figures and the partner figures: leaves
 * every municipality of the region (and any further leaves a caller needs), aggregates the region (its
 * municipalities and the further leaves that lie within it) and every configured grouping (its municipalities: it
 * overlaps the region). External areas are no aggregate: they are made of no municipality of the region.
 */
public final class AreaDimension {

    private AreaDimension() {
    }

    /**
     * @param name          the dimension's name
     * @param areas         the region's areas ({@link AreaCatalogue#of})
     * @param withinRegion  further leaves counted in the region's total (the figures' {@code ONBEKEND} municipality)
     * @param outsideRegion further leaves in no aggregate (the partner figures' external areas)
     */
    public static Dimension of(String name, List<MonitorArea> areas, List<String> withinRegion,
            List<String> outsideRegion) {
        List<String> inRegion = new ArrayList<>();
        for (MonitorArea area : areas) {
            if (area.kind() == AreaKind.GEMEENTE) {
                inRegion.add(area.id());
            }
        }
        inRegion.addAll(withinRegion);
        List<String> leaves = new ArrayList<>(inRegion);
        leaves.addAll(outsideRegion);
        Map<String, List<String>> aggregates = new LinkedHashMap<>();
        for (MonitorArea area : areas) {
            if (area.kind() == AreaKind.REGIO) {
                aggregates.put(area.id(), inRegion);
            } else if (area.kind() == AreaKind.GROEPERING) {
                aggregates.put(area.id(), area.municipalityCodes().stream().filter(inRegion::contains).toList());
            }
        }
        return new Dimension(name, leaves, aggregates);
    }
}
