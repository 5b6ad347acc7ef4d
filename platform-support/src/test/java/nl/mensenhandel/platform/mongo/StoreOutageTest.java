package nl.mensenhandel.platform.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;

import nl.mensenhandel.platform.problem.ProblemDetailsExceptionHandler;
import nl.mensenhandel.platform.testing.EmbeddedMongo;
import reactor.core.publisher.Mono;

/**
 * The real driver against a store that went away: with the platform's short server-selection timeout the request
 * ends quickly as 503 service-unavailable (the driver's failure as Spring Data translates it), and the ping health
 * check says DOWN.
 */
class StoreOutageTest {

    record Note(String id, String text) {
    }

    @RestController
    static class NotesController {

        private final ReactiveMongoTemplate mongo;

        NotesController(ReactiveMongoTemplate mongo) {
            this.mongo = mongo;
        }

        @PostMapping("/notes")
        Mono<Note> create() {
            return mongo.insert(new Note(null, "x"));
        }
    }

    private final EmbeddedMongo store = EmbeddedMongo.start();
    private final MongoClient client = client(store.uri(), Duration.ofSeconds(1));
    private final ReactiveMongoTemplate mongo = new ReactiveMongoTemplate(client, "outage");
    private final WebTestClient web = WebTestClient.bindToController(new NotesController(mongo))
            .controllerAdvice(new StoreUnavailableExceptionHandler(Duration.ofSeconds(2)),
                    new ProblemDetailsExceptionHandler())
            .configureClient().responseTimeout(Duration.ofSeconds(30)).build();

    @AfterEach
    void close() {
        client.close();
        store.stop();
    }

    @Test
    void aStoreThatWentAwayIsAQuick503AndHealthDown() {
        web.post().uri("/notes").exchange().expectStatus().isOk();
        assertThat(new MongoPingHealthIndicator(mongo).health(false).block().getStatus()).isEqualTo(Status.UP);

        store.stop();
        long started = System.nanoTime();
        web.post().uri("/notes").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().valueEquals("Retry-After", "2")
                .expectBody().jsonPath("$.type").isEqualTo("urn:mensenhandel:problem:service-unavailable");
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(took).as("the server-selection timeout (1 s here), not the driver's 30 s")
                .isLessThan(Duration.ofSeconds(10));
        assertThat(new MongoPingHealthIndicator(mongo).health(false).block().getStatus()).isEqualTo(Status.DOWN);
    }

    private static MongoClient client(String uri, Duration serverSelection) {
        ConnectionString connection = new ConnectionString(uri);
        MongoClientSettings.Builder settings = MongoClientSettings.builder().applyConnectionString(connection);
        StoreTimeouts.serverSelection(connection, serverSelection).customize(settings);
        return MongoClients.create(settings.build());
    }
}
