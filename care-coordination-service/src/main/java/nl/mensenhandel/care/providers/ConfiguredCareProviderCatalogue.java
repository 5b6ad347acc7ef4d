package nl.mensenhandel.care.providers;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import nl.mensenhandel.care.placements.PlacementType;
import nl.mensenhandel.care.providers.CareCatalogueProperties.LocationEntry;
import nl.mensenhandel.care.providers.CareCatalogueProperties.ProviderEntry;
import nl.mensenhandel.care.providers.CareCatalogueProperties.RegionProviders;

/**
 * The catalogue from configuration ({@code care.regions.<region>.providers}), checked once at start: a wrong
 * catalogue stops the service with every mistake named, rather than answering wrongly later.
 * <ul>
 * <li>provider and location ids match {@value #ID_PATTERN} (the contract's {@code ProviderId}/{@code LocationId};
 * a provider id is also the token claim {@code provider} of its client);</li>
 * <li>provider ids and location ids are unique within a region (a location is addressed by region and id);</li>
 * <li>{@code noodbedMaximumStayDays} is set (positive) exactly for the locations offering {@code NOODBED}: the
 * provider sets the maximum stay of a noodbed (the Rotterdam source "Opvang"; DOMAIN.md §5), and a location
 * without noodbed has none;</li>
 * <li>every location offers at least one placement type; age limits are not negative and not crossed.</li>
 * </ul>
 */
@Component
@EnableConfigurationProperties(CareCatalogueProperties.class)
public class ConfiguredCareProviderCatalogue implements CareProviderCatalogue {

    static final String ID_PATTERN = "^[a-z0-9-]+$";
    private static final Pattern ID = Pattern.compile(ID_PATTERN);

    private final Map<String, List<CareProvider>> providersByRegion;
    private final Map<String, Map<String, CareLocation>> locationsByRegion;

    public ConfiguredCareProviderCatalogue(CareCatalogueProperties properties) {
        List<String> errors = new ArrayList<>();
        Map<String, List<CareProvider>> providers = new TreeMap<>();
        Map<String, Map<String, CareLocation>> locations = new TreeMap<>();
        properties.regions().forEach((region, settings) -> {
            List<CareProvider> regionProviders = new ArrayList<>();
            Map<String, CareLocation> regionLocations = new LinkedHashMap<>();
            Set<String> providerIds = new HashSet<>();
            for (ProviderEntry entry : (settings == null ? new RegionProviders(null) : settings).providers()) {
                String where = "care.regions." + region + ".providers[" + entry.id() + "]";
                if (entry.id() == null || !ID.matcher(entry.id()).matches()) {
                    errors.add(where + ": provider id must match " + ID_PATTERN);
                } else if (!providerIds.add(entry.id())) {
                    errors.add(where + ": provider id used twice in the region");
                }
                if (entry.name() == null || entry.name().isBlank()) {
                    errors.add(where + ": name is required");
                }
                List<CareLocation> providerLocations = new ArrayList<>();
                for (LocationEntry location : entry.locations()) {
                    CareLocation checked = location(where, entry.id(), location, errors);
                    if (checked.id() != null && regionLocations.putIfAbsent(checked.id(), checked) != null) {
                        errors.add(where + ".locations[" + checked.id() + "]: location id used twice in region "
                                + region);
                    }
                    providerLocations.add(checked);
                }
                regionProviders.add(new CareProvider(entry.id(), entry.name(), region, providerLocations));
            }
            providers.put(region, List.copyOf(regionProviders));
            locations.put(region, Map.copyOf(regionLocations));
        });
        if (!errors.isEmpty()) {
            throw new IllegalStateException("The care provider catalogue is not valid:\n  " + String.join("\n  ", errors));
        }
        this.providersByRegion = Map.copyOf(providers);
        this.locationsByRegion = Map.copyOf(locations);
    }

    private static CareLocation location(String provider, String providerId, LocationEntry entry, List<String> errors) {
        String where = provider + ".locations[" + entry.id() + "]";
        if (entry.id() == null || !ID.matcher(entry.id()).matches()) {
            errors.add(where + ": location id must match " + ID_PATTERN);
        }
        if (entry.name() == null || entry.name().isBlank()) {
            errors.add(where + ": name is required");
        }
        if (entry.placementTypes() == null || entry.placementTypes().isEmpty()) {
            errors.add(where + ": at least one placement type is required");
        }
        boolean noodbed = entry.placementTypes() != null && entry.placementTypes().contains(PlacementType.NOODBED);
        if (noodbed && (entry.noodbedMaximumStayDays() == null || entry.noodbedMaximumStayDays() < 1)) {
            errors.add(where + ": a location offering NOODBED needs noodbedMaximumStayDays (at least 1)");
        }
        if (!noodbed && entry.noodbedMaximumStayDays() != null) {
            errors.add(where + ": noodbedMaximumStayDays is only for a location offering NOODBED");
        }
        if (entry.minAge() != null && entry.minAge() < 0 || entry.maxAge() != null && entry.maxAge() < 0
                || entry.minAge() != null && entry.maxAge() != null && entry.minAge() > entry.maxAge()) {
            errors.add(where + ": minAge/maxAge must be at least 0 and minAge not above maxAge");
        }
        return new CareLocation(entry.id(), providerId, entry.name(), entry.placementTypes(), entry.gender(),
                entry.minAge(), entry.maxAge(), entry.catchment(), entry.contraIndications(),
                entry.noodbedMaximumStayDays(), Boolean.TRUE.equals(entry.publishesCapacity()));
    }

    @Override
    public List<CareProvider> providers(String region) {
        return providersByRegion.getOrDefault(region, List.of());
    }

    @Override
    public List<CareLocation> locations(String region) {
        return providers(region).stream().flatMap(provider -> provider.locations().stream()).toList();
    }

    @Override
    public Optional<CareLocation> location(String region, String locationId) {
        return Optional.ofNullable(locationsByRegion.getOrDefault(region, Map.of()).get(locationId));
    }
}
