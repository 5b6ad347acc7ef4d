package nl.mensenhandel.care.capacity;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.function.Predicate;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;

import nl.mensenhandel.care.placements.PlacementType;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static nl.mensenhandel.care.capacity.LocationCapacity.AVAILABLE;
import static nl.mensenhandel.care.capacity.LocationCapacity.COUNTERS_CHANGED_AT;
import static nl.mensenhandel.care.capacity.LocationCapacity.FREE;
import static nl.mensenhandel.care.capacity.LocationCapacity.OVER_RESERVED;
import static nl.mensenhandel.care.capacity.LocationCapacity.RESERVED;
import static nl.mensenhandel.care.capacity.LocationCapacity.TAKEN;
import static nl.mensenhandel.care.capacity.LocationCapacity.VERSION;

/**
 * {@link PlaceReservations} on the {@code capacity} collection. Every change is ONE conditional single-document
 * {@code updateOne} with {@code $inc}, and success is read from {@code modifiedCount} — never from the document a
 * {@code findOneAndUpdate} returns (ARCHITECTURE.md: on the embedded store a concurrent {@code ReturnDocument.AFTER}
 * can return another caller's state). A single-document update is atomic on the embedded store and on a MongoDB
 * replica set alike (the primary applies it under its document lock; the filter is evaluated against the document
 * as it is when the update applies), so 200 concurrent reservations of 50 free places modify exactly 50 times.
 * <p>
 * Where an operation depends on a second counter ({@link LocationCapacity} invariants), it is two disjoint
 * conditional updates tried in turn: exactly one of them can match the document's state at any moment, and a
 * state change between the two is caught by trying again.
 */
@Component
public class MongoPlaceReservations implements PlaceReservations {

    private static final Logger log = LoggerFactory.getLogger(MongoPlaceReservations.class);

    /** Rounds of trying the disjoint updates before giving up (each round can only miss by a concurrent change). */
    static final int MAX_ROUNDS = 16;

    private record Step(Criteria condition, Update change) {
    }

    private final ReactiveMongoTemplate mongo;
    private final Mono<MongoCollection<Document>> collection;
    private final Clock clock;

    public MongoPlaceReservations(ReactiveMongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.collection = mongo.getCollection(LocationCapacity.COLLECTION).cache();
        this.clock = clock;
    }

    /**
     * The hot path of the race, on the driver's collection directly: the filter and update are plain BSON, so no
     * per-call query and update mapping runs on the event loop (deploy/bench/care-reservations measures it).
     */
    @Override
    public Mono<Boolean> reserve(String region, String locationId, PlacementType type) {
        String id = LocationCapacity.idOf(region, locationId, type);
        return collection.flatMap(capacity -> Mono.from(capacity.updateOne(
                        Filters.and(Filters.eq("_id", id), Filters.gt(FREE, 0)),
                        Updates.combine(Updates.inc(FREE, -1), Updates.inc(RESERVED, 1), Updates.inc(VERSION, 1),
                                Updates.set(COUNTERS_CHANGED_AT, Date.from(clock.instant()))))))
                .map(result -> result.getModifiedCount() == 1);
    }

    @Override
    public Mono<Void> release(String region, String locationId, PlacementType type) {
        return firstThatApplies("release", region, locationId, type, capacity -> capacity.reserved() > 0, List.of(
                new Step(where(RESERVED).gt(0).and(OVER_RESERVED).is(0),
                        new Update().inc(RESERVED, -1).inc(FREE, 1)),
                new Step(where(RESERVED).gt(0).and(OVER_RESERVED).gt(0),
                        new Update().inc(RESERVED, -1).inc(OVER_RESERVED, -1))));
    }

    @Override
    public Mono<Void> take(String region, String locationId, PlacementType type) {
        return firstThatApplies("take", region, locationId, type, capacity -> capacity.reserved() > 0, List.of(
                new Step(where(RESERVED).gt(0).and(AVAILABLE).gt(0),
                        new Update().inc(RESERVED, -1).inc(AVAILABLE, -1).inc(TAKEN, 1)),
                // the provider published 0 available while the place was still held: nothing left to count down
                new Step(where(RESERVED).gt(0).and(AVAILABLE).is(0),
                        new Update().inc(RESERVED, -1).inc(OVER_RESERVED, -1))));
    }

    @Override
    public Mono<Void> vacate(String region, String locationId, PlacementType type) {
        return firstThatApplies("vacate", region, locationId, type, capacity -> capacity.taken() > 0, List.of(
                new Step(where(TAKEN).gt(0).and(OVER_RESERVED).is(0),
                        new Update().inc(AVAILABLE, 1).inc(TAKEN, -1).inc(FREE, 1)),
                new Step(where(TAKEN).gt(0).and(OVER_RESERVED).gt(0),
                        new Update().inc(AVAILABLE, 1).inc(TAKEN, -1).inc(OVER_RESERVED, -1))));
    }

    private Update counted(Update update) {
        return update.inc(VERSION, 1).set(COUNTERS_CHANGED_AT, clock.instant());
    }

    private Mono<Void> firstThatApplies(String operation, String region, String locationId, PlacementType type,
            Predicate<LocationCapacity> applies, List<Step> steps) {
        String id = LocationCapacity.idOf(region, locationId, type);
        return round(operation, id, applies, steps, 1);
    }

    private Mono<Void> round(String operation, String id, Predicate<LocationCapacity> applies, List<Step> steps,
            int round) {
        return Flux.fromIterable(steps)
                .concatMap(step -> mongo.updateFirst(new Query(where("_id").is(id)).addCriteria(step.condition()),
                                counted(step.change()), LocationCapacity.class)
                        .map(result -> result.getModifiedCount() == 1))
                .takeUntil(Boolean::booleanValue)
                .any(Boolean::booleanValue)
                .flatMap(done -> done ? Mono.<Void>empty()
                        : mongo.findById(id, LocationCapacity.class).map(applies::test).defaultIfEmpty(false)
                                .flatMap(stillApplies -> {
                                    if (!stillApplies) {
                                        log.warn("capacity {} of {} changed nothing: nothing to {} (never published,"
                                                + " or the counters were recounted by a publication)",
                                                operation, id, operation);
                                        return Mono.<Void>empty();
                                    }
                                    if (round < MAX_ROUNDS) {
                                        return round(operation, id, applies, steps, round + 1);
                                    }
                                    log.warn("capacity {} of {} gave up after {} rounds of concurrent changes",
                                            operation, id, round);
                                    return Mono.<Void>empty();
                                }));
    }
}
