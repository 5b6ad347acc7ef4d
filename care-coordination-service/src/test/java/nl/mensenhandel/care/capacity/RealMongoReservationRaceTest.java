package nl.mensenhandel.care.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Clock;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;

/**
 * The reservation race against a real MongoDB (production runs a replica set), as ARCHITECTURE.md "What the
 * persistence layer may rely on" asks of every guarantee the embedded store cannot prove for production. Runs when
 * {@code MONGODB_URI} is set (e.g. {@code mongodb://host:27017/?replicaSet=rs0}); skipped with the reason otherwise.
 * It uses its own database and removes it afterwards.
 */
class RealMongoReservationRaceTest {

    static final String URI = System.getenv("MONGODB_URI");
    static final String DATABASE = "care-reservation-race-" + ProcessHandle.current().pid();
    static MongoClient client;
    static ReactiveMongoTemplate mongo;

    @BeforeAll
    static void connect() {
        if (URI == null || URI.isBlank()) {
            String reason = "RealMongoReservationRaceTest skipped: MONGODB_URI is not set, so there is no real MongoDB"
                    + " to race against (the embedded store's race is PlaceReservationsTest)";
            System.out.println(reason);
            assumeTrue(false, reason);
        }
        client = MongoClients.create(URI);
        mongo = new ReactiveMongoTemplate(client, DATABASE);
    }

    @AfterAll
    static void dropDatabase() {
        if (client != null) {
            mongo.getMongoDatabase().flatMap(db -> reactor.core.publisher.Mono.from(db.drop())).block();
            client.close();
        }
    }

    @RepeatedTest(5)
    void twoHundredConcurrentReservationsForFiftyFreePlacesGiveExactlyFifty() {
        ReservationRace.publish(mongo, 50);

        ReservationRace.Outcome outcome = ReservationRace.run(new MongoPlaceReservations(mongo, Clock.systemUTC()),
                mongo, 200);

        assertThat(outcome.granted()).isEqualTo(50);
        assertThat(outcome.after().free()).isZero();
        assertThat(outcome.after().reserved()).isEqualTo(50);
    }
}
