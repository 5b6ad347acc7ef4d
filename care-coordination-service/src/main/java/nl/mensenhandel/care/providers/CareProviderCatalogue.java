package nl.mensenhandel.care.providers;

import java.util.List;
import java.util.Optional;

/** The region's care providers and their locations (configuration: {@code care.regions.<region>.providers}). */
public interface CareProviderCatalogue {

    List<CareProvider> providers(String region);

    /** Every location of the region's providers. */
    List<CareLocation> locations(String region);

    Optional<CareLocation> location(String region, String locationId);
}
