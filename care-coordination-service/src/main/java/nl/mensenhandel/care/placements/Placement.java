package nl.mensenhandel.care.placements;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.mensenhandel.platform.mongo.RegionScoped;

/**
 * A placement of a victim with a care provider (zorgaanbieder), as stored. The responsible municipality
 * (Wmo 2015 / Jeugdwet) pays; the provider decides which care-provider client may see it.
 *
 * @param startedAt when the victim entered the place; null while only requested
 * @param createdAt when the placement was requested (the list is newest first)
 */
@Document("placements")
@CompoundIndex(name = "provider-worklist", def = "{'region': 1, 'providerId': 1, 'createdAt': -1}")
public record Placement(
        @Id String id,
        String region,
        PlacementType placementType,
        String providerId,
        PlacementStatus status,
        String responsibleMunicipalityCode,
        Instant startedAt,
        Instant createdAt) implements RegionScoped {
}
