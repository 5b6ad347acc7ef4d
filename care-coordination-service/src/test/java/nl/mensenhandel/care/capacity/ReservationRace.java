package nl.mensenhandel.care.capacity;

import java.time.Instant;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import nl.mensenhandel.care.placements.PlacementType;
import reactor.core.publisher.Flux;

/**
 * The race of issue 9 §5: many reservations at once for fewer free places, against whichever store the template
 * talks to (the embedded store in the unit test, a real MongoDB when {@code MONGODB_URI} is set).
 */
final class ReservationRace {

    static final String REGION = "race-region";
    static final String LOCATION = "race-location";
    static final PlacementType TYPE = PlacementType.NOODBED;

    record Outcome(long granted, LocationCapacity after) {
    }

    private ReservationRace() {
    }

    /** Stores a fresh publication: {@code places} places, all available, none reserved. */
    static void publish(ReactiveMongoTemplate mongo, int places) {
        Instant now = Instant.now();
        mongo.save(LocationCapacity.counted(REGION, "race-provider", LOCATION, TYPE, places, places, 0, now, now, null,
                0)).block();
    }

    /** Fires {@code requests} reservations at once (all subscribed before the first answers) and counts the grants. */
    static Outcome run(PlaceReservations reservations, ReactiveMongoTemplate mongo, int requests) {
        long granted = Flux.range(0, requests)
                .flatMap(i -> reservations.reserve(REGION, LOCATION, TYPE), requests)
                .filter(Boolean::booleanValue)
                .count()
                .block();
        LocationCapacity after = mongo.findById(LocationCapacity.idOf(REGION, LOCATION, TYPE), LocationCapacity.class)
                .block();
        return new Outcome(granted, after);
    }
}
