package nl.mensenhandel.care.providers;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

import nl.mensenhandel.care.placements.PlacementType;
import nl.mensenhandel.care.providers.CareLocation.Catchment;
import nl.mensenhandel.care.providers.CareLocation.LocationGender;

/**
 * {@code care.regions.<region>.providers}: the region's care providers and their locations, as configured in
 * {@code application.yml}. Checked when the service starts ({@link ConfiguredCareProviderCatalogue}); other keys
 * under {@code care.regions.<region>} (populations, costs) belong to other parts of the service and are ignored here.
 */
@ConfigurationProperties("care")
public record CareCatalogueProperties(Map<String, RegionProviders> regions) {

    public CareCatalogueProperties {
        regions = regions == null ? Map.of() : Map.copyOf(regions);
    }

    public record RegionProviders(List<ProviderEntry> providers) {

        public RegionProviders {
            providers = providers == null ? List.of() : List.copyOf(providers);
        }
    }

    public record ProviderEntry(String id, String name, List<LocationEntry> locations) {

        public ProviderEntry {
            locations = locations == null ? List.of() : List.copyOf(locations);
        }
    }

    /** One location; {@code publishesCapacity} defaults to false (the provider has no client of its own). */
    public record LocationEntry(String id, String name, Set<PlacementType> placementTypes, LocationGender gender,
            Integer minAge, Integer maxAge, Catchment catchment, Set<ContraIndication> contraIndications,
            Integer noodbedMaximumStayDays, Boolean publishesCapacity) {
    }
}
