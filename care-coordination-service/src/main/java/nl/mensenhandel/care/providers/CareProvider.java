package nl.mensenhandel.care.providers;

import java.util.List;

/** A care provider (zorgaanbieder) of a region's catalogue; its id is the token claim {@code provider} of its client. */
public record CareProvider(String id, String name, String region, List<CareLocation> locations) {

    public CareProvider {
        locations = locations == null ? List.of() : List.copyOf(locations);
    }
}
