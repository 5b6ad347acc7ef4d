package nl.mensenhandel.care.reports;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.mensenhandel.care.placements.Destination;
import nl.mensenhandel.care.placements.Placement;
import nl.mensenhandel.care.placements.PlacementStatus;
import nl.mensenhandel.care.placements.PlacementType;
import nl.mensenhandel.platform.mongo.RegionScoped;

/**
 * The fields of a stored {@link Placement} the report reads — and no more: the provider's information and notes are
 * never even read (data minimisation), and the report does not depend on the rest of the placement's shape.
 * Read-only; the placements package owns the collection.
 */
@Document(Placement.COLLECTION)
record PlacementRow(@Id String id, String region, String trajectoryId, PlacementType placementType,
        PlacementStatus status, Instant startedAt, Instant endedAt, Destination destination, Instant createdAt)
        implements RegionScoped {

    static final String[] FIELDS = {"region", "trajectoryId", "placementType", "status", "startedAt", "endedAt",
        "destination", "createdAt"};
}
