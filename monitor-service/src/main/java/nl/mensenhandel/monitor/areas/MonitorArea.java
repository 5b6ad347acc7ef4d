package nl.mensenhandel.monitor.areas;

import java.util.List;

import nl.mensenhandel.monitor.api.model.AreaKind;

/**
 * An area the region's monitor reports on: the region itself (id = region id), one of its municipalities
 * (id = CBS gemeentecode), a configured grouping of its municipalities, or an external area partners report on
 * (no municipalities of the region; only partner figures exist for it).
 */
public record MonitorArea(String id, String name, AreaKind kind, List<String> municipalityCodes) {

    public MonitorArea {
        municipalityCodes = municipalityCodes == null ? List.of() : List.copyOf(municipalityCodes);
    }
}
