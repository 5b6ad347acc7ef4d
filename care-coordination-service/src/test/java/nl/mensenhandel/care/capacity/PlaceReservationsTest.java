package nl.mensenhandel.care.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;

import nl.mensenhandel.platform.testing.EmbeddedMongo;

import static nl.mensenhandel.care.capacity.ReservationRace.LOCATION;
import static nl.mensenhandel.care.capacity.ReservationRace.REGION;
import static nl.mensenhandel.care.capacity.ReservationRace.TYPE;

/**
 * {@link MongoPlaceReservations} against the embedded store over the real MongoDB driver: the race (200 concurrent
 * reservations for 50 free places give exactly 50) and each counter operation with its invariants
 * ({@link LocationCapacity}).
 */
class PlaceReservationsTest {

    static final EmbeddedMongo STORE = EmbeddedMongo.start();
    static MongoClient client;
    static ReactiveMongoTemplate mongo;
    static PlaceReservations reservations;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(STORE.uri());
        mongo = new ReactiveMongoTemplate(client, "care-reservations-test");
        reservations = new MongoPlaceReservations(mongo, Clock.systemUTC());
    }

    @AfterAll
    static void disconnect() {
        client.close();
        STORE.stop();
    }

    @BeforeEach
    void empty() {
        mongo.remove(new Query(), LocationCapacity.class).block();
    }

    @RepeatedTest(5)
    void twoHundredConcurrentReservationsForFiftyFreePlacesGiveExactlyFifty() {
        ReservationRace.publish(mongo, 50);

        ReservationRace.Outcome outcome = ReservationRace.run(reservations, mongo, 200);

        assertThat(outcome.granted()).isEqualTo(50);
        assertThat(outcome.after().free()).isZero();
        assertThat(outcome.after().reserved()).isEqualTo(50);
        assertThat(outcome.after().available()).isEqualTo(50);
    }

    @Test
    void nothingPublishedNothingReserved() {
        assertThat(reservations.reserve(REGION, LOCATION, TYPE).block()).isFalse();
        assertThat(mongo.count(new Query(), LocationCapacity.class).block()).isZero();
    }

    @Test
    void reserveHoldsOneFreePlaceAndNeverGoesBelowZero() {
        store(3, 1, 0);
        assertThat(reservations.reserve(REGION, LOCATION, TYPE).block()).isTrue();
        assertCounters(3, 1, 1, 0, 0, 2);
        assertThat(reservations.reserve(REGION, LOCATION, TYPE).block()).isFalse();
        assertCounters(3, 1, 1, 0, 0, 2);
    }

    @Test
    void releaseFreesTheHeldPlace() {
        store(3, 2, 1);
        reservations.release(REGION, LOCATION, TYPE).block();
        assertCounters(3, 2, 0, 2, 0, 1);
        // nothing held: a second release changes nothing (free never above available)
        reservations.release(REGION, LOCATION, TYPE).block();
        assertCounters(3, 2, 0, 2, 0, 1);
    }

    @Test
    void releaseWhileTheProviderCountedFewerThanReservedFreesNothing() {
        // published 1 available while 3 were held: free 0, over-reserved 2
        store(5, 1, 3);
        assertCounters(5, 1, 3, 0, 2, 4);
        reservations.release(REGION, LOCATION, TYPE).block();
        assertCounters(5, 1, 2, 0, 1, 4);
        reservations.release(REGION, LOCATION, TYPE).block();
        assertCounters(5, 1, 1, 0, 0, 4);
        reservations.release(REGION, LOCATION, TYPE).block();
        assertCounters(5, 1, 0, 1, 0, 4);
    }

    @Test
    void takeTurnsTheHeldPlaceIntoAnOccupiedOne() {
        store(3, 2, 1);
        reservations.take(REGION, LOCATION, TYPE).block();
        assertCounters(3, 1, 0, 1, 0, 2);
    }

    @Test
    void takeWhenTheProviderPublishedNoneAvailableKeepsAvailableAtZero() {
        store(3, 0, 1);
        reservations.take(REGION, LOCATION, TYPE).block();
        assertCounters(3, 0, 0, 0, 0, 3);
    }

    @Test
    void vacateFreesAPlaceButNeverAboveTheMaximum() {
        store(3, 2, 0);
        reservations.vacate(REGION, LOCATION, TYPE).block();
        assertCounters(3, 3, 0, 3, 0, 0);
        reservations.vacate(REGION, LOCATION, TYPE).block();
        assertCounters(3, 3, 0, 3, 0, 0);
    }

    @Test
    void vacateWhileOverReservedFillsTheShortfallFirst() {
        store(3, 0, 2);
        reservations.vacate(REGION, LOCATION, TYPE).block();
        assertCounters(3, 1, 2, 0, 1, 2);
    }

    @Test
    void operationsOnANeverPublishedLocationChangeNothing() {
        reservations.release(REGION, LOCATION, TYPE).block();
        reservations.take(REGION, LOCATION, TYPE).block();
        reservations.vacate(REGION, LOCATION, TYPE).block();
        assertThat(mongo.count(new Query(), LocationCapacity.class).block()).isZero();
    }

    @Test
    void concurrentReleasesAndReservationsKeepTheCountersConsistent() {
        store(40, 40, 0);
        // hold 30, then release 30 while 60 more try to reserve: no place is lost or counted twice
        assertThat(ReservationRace.run(reservations, mongo, 30).granted()).isEqualTo(30);
        long granted = reactor.core.publisher.Flux.merge(
                        reactor.core.publisher.Flux.range(0, 30)
                                .flatMap(i -> reservations.release(REGION, LOCATION, TYPE).thenReturn(false), 30),
                        reactor.core.publisher.Flux.range(0, 60)
                                .flatMap(i -> reservations.reserve(REGION, LOCATION, TYPE), 60))
                .filter(Boolean::booleanValue).count().block();
        LocationCapacity after = read();
        assertThat(after.reserved()).isEqualTo(granted);
        assertThat(after.free()).isEqualTo(40 - granted).isGreaterThanOrEqualTo(0);
        assertThat(granted).isBetween(10L, 40L);
    }

    private static void store(int maximum, int available, int reserved) {
        Instant now = Instant.now();
        mongo.save(LocationCapacity.counted(REGION, "race-provider", LOCATION, TYPE, maximum, available, reserved, now,
                now, null, 0)).block();
    }

    private static LocationCapacity read() {
        return mongo.findById(LocationCapacity.idOf(REGION, LOCATION, TYPE), LocationCapacity.class).block();
    }

    private static void assertCounters(int maximum, int available, int reserved, int free, int overReserved,
            int taken) {
        LocationCapacity capacity = read();
        assertThat(new int[] { capacity.maximum(), capacity.available(), capacity.reserved(), capacity.free(),
                capacity.overReserved(), capacity.taken() })
                .as("maximum, available, reserved, free, overReserved, taken")
                .containsExactly(maximum, available, reserved, free, overReserved, taken);
    }
}
