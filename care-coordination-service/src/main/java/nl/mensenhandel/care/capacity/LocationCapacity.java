package nl.mensenhandel.care.capacity;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.mensenhandel.care.placements.PlacementType;
import nl.mensenhandel.platform.mongo.RegionScoped;

/**
 * The places of one location and placement type, as stored: one document per region + location + type (its id,
 * {@link #idOf}), no personal data. The counters keep these invariants after every single-document update
 * ({@link MongoPlaceReservations}):
 * <ul>
 * <li>{@code free = max(0, available - reserved)} — what can be reserved now, never below 0;</li>
 * <li>{@code overReserved = max(0, reserved - available)} — outstanding reservations beyond what the provider
 * last published as available (the provider counted fewer places than the platform had reserved);</li>
 * <li>{@code taken = maximum - available} — how far {@code available} may still rise by departures.</li>
 * </ul>
 * Keeping the two differences as fields lets every operation be one conditional {@code updateOne} with
 * {@code $inc} whose filter compares a field with a constant: no field-to-field comparison ({@code $expr}), no
 * read-modify-write, no transaction.
 *
 * @param updatedAt          when the provider counted (its publication's {@code updatedAt})
 * @param publishedAt        when the platform stored the last publication
 * @param countersChangedAt  when a reservation, release, take or vacate last changed the counters
 * @param version            increased by every change; a publication is conditional on it
 */
@Document(LocationCapacity.COLLECTION)
public record LocationCapacity(
        @Id String id,
        String region,
        String providerId,
        String locationId,
        PlacementType placementType,
        int maximum,
        int available,
        int reserved,
        int free,
        int overReserved,
        int taken,
        Instant updatedAt,
        Instant publishedAt,
        Instant countersChangedAt,
        long version) implements RegionScoped {

    public static final String COLLECTION = "capacity";

    static final String FREE = "free";
    static final String RESERVED = "reserved";
    static final String AVAILABLE = "available";
    static final String OVER_RESERVED = "overReserved";
    static final String TAKEN = "taken";
    static final String COUNTERS_CHANGED_AT = "countersChangedAt";
    static final String VERSION = "version";

    /** The document id: region, location and type (a location id is unique within its region's catalogue). */
    public static String idOf(String region, String locationId, PlacementType type) {
        return region + "/" + locationId + "/" + type.name();
    }

    /**
     * The counters after a publication of {@code maximum} and {@code available} with {@code reserved} places
     * reserved through the platform (the invariants above).
     */
    static LocationCapacity counted(String region, String providerId, String locationId, PlacementType type,
            int maximum, int available, int reserved, Instant updatedAt, Instant publishedAt,
            Instant countersChangedAt, long version) {
        return new LocationCapacity(idOf(region, locationId, type), region, providerId, locationId, type, maximum,
                available, reserved, Math.max(0, available - reserved), Math.max(0, reserved - available),
                maximum - available, updatedAt, publishedAt, countersChangedAt, version);
    }
}
