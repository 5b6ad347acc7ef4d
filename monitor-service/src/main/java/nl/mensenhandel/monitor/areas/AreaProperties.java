package nl.mensenhandel.monitor.areas;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

import nl.mensenhandel.monitor.api.model.AreaKind;

/**
 * {@code monitor.regions.<region>.areas}: the groupings ({@code GROEPERING}, a set of the region's municipalities)
 * and external areas ({@code EXTERN}, e.g. a police unit spanning several regions; no municipalities) configured per
 * region in {@code application.yml}. Checked at start by {@link ConfiguredAreaCatalogue}. Other keys under
 * {@code monitor.regions.<region>} (disclosure) belong to other parts of the service and are ignored here.
 */
@ConfigurationProperties("monitor")
public record AreaProperties(Map<String, RegionAreas> regions) {

    public AreaProperties {
        regions = regions == null ? Map.of() : Map.copyOf(regions);
    }

    public record RegionAreas(List<AreaEntry> areas) {

        public RegionAreas {
            areas = areas == null ? List.of() : List.copyOf(areas);
        }
    }

    /** One configured area; {@code municipalities} are CBS gemeentecodes of the region (GROEPERING only). */
    public record AreaEntry(String id, String name, AreaKind kind, List<String> municipalities) {

        public AreaEntry {
            municipalities = municipalities == null ? List.of() : List.copyOf(municipalities);
        }
    }
}
