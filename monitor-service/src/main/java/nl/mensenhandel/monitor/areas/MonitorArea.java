package nl.mensenhandel.monitor.areas;

import java.util.List;

import nl.mensenhandel.monitor.api.model.AreaKind;

/** One area of a region's monitor and the region's municipalities it covers (empty for an external area). */
public record MonitorArea(String id, String name, AreaKind kind, List<String> municipalityCodes) {
}
