package nl.mensenhandel.platform.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.mongodb.MongoSocketReadException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;

import nl.mensenhandel.platform.problem.ProblemDetailsExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * A store that cannot be reached is a 503 service-unavailable with Retry-After, never the generic 500 — whether the
 * failure arrives translated by Spring Data or straight from the driver — and any other failure stays a 500.
 */
class StoreUnavailableExceptionHandlerTest {

    @RestController
    static class FailingController {

        @GetMapping("/translated")
        Mono<String> translated() {
            return Mono.error(new DataAccessResourceFailureException("Timed out while waiting for a server",
                    new MongoTimeoutException("Timed out after 3000 ms while waiting for a server")));
        }

        @GetMapping("/selection")
        Mono<String> selection() {
            return Mono.error(new MongoTimeoutException("Timed out after 3000 ms while waiting for a server"));
        }

        @GetMapping("/socket")
        Mono<String> socket() {
            return Mono.error(new MongoSocketReadException("Prematurely reached end of stream",
                    new ServerAddress("localhost", 27017)));
        }

        @GetMapping("/bug")
        Mono<String> bug() {
            return Mono.error(new IllegalStateException("a bug"));
        }
    }

    private final WebTestClient client = WebTestClient.bindToController(new FailingController())
            .controllerAdvice(new StoreUnavailableExceptionHandler(Duration.ofSeconds(2)),
                    new ProblemDetailsExceptionHandler())
            .build();

    @Test
    void aStoreTimeoutTranslatedBySpringDataIsA503WithRetryAfter() {
        expectServiceUnavailable("/translated");
    }

    @Test
    void theDriversServerSelectionTimeoutIsA503() {
        expectServiceUnavailable("/selection");
    }

    @Test
    void aConnectionDroppedMidRequestIsA503() {
        expectServiceUnavailable("/socket");
    }

    @Test
    void anyOtherFailureIsStillTheGeneric500() {
        client.get().uri("/bug").exchange()
                .expectStatus().isEqualTo(500)
                .expectHeader().doesNotExist("Retry-After")
                .expectBody().jsonPath("$.type").isEqualTo("urn:mensenhandel:problem:internal");
    }

    @Test
    void retryAfterIsWholeSecondsAndAtLeastOne() {
        WebTestClient quick = WebTestClient.bindToController(new FailingController())
                .controllerAdvice(new StoreUnavailableExceptionHandler(Duration.ofMillis(200))).build();
        quick.get().uri("/selection").exchange().expectHeader().valueEquals("Retry-After", "1");
    }

    private void expectServiceUnavailable(String path) {
        client.get().uri(path).exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("Retry-After", "2")
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:mensenhandel:problem:service-unavailable")
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.instance").isEqualTo(path)
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).doesNotContain("27017", "Timed out"));
    }
}
