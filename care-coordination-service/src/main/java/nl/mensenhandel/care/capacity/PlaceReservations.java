package nl.mensenhandel.care.capacity;

import nl.mensenhandel.care.placements.PlacementType;
import reactor.core.publisher.Mono;

/**
 * The places of a location and type, counted atomically (single-document conditional updates, correct on the
 * embedded store and on a MongoDB replica set alike). The placements package calls these around its own
 * transitions; capacity publications by the provider reset {@code available}.
 */
public interface PlaceReservations {

    /** Holds one free place; true when one was held, false when none was free (or nothing was ever published). */
    Mono<Boolean> reserve(String region, String locationId, PlacementType type);

    /** A hold ends without the place being taken (declined, expired): the place is free again. */
    Mono<Void> release(String region, String locationId, PlacementType type);

    /** A hold is accepted: the place is taken (no longer reserved, no longer available). */
    Mono<Void> take(String region, String locationId, PlacementType type);

    /** A taken place is left (departure): available again, never above the maximum. */
    Mono<Void> vacate(String region, String locationId, PlacementType type);
}
