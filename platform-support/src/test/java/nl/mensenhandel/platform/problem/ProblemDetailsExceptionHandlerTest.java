package nl.mensenhandel.platform.problem;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

/**
 * Bodies a client should never send still get problem details with a stable type, never a 500 or an
 * undeclared shape (issue 6, contract fuzzing).
 */
class ProblemDetailsExceptionHandlerTest {

    record Note(String text) {
    }

    @RestController
    static class NotesController {

        @PostMapping("/notes")
        Mono<Note> create(@RequestBody Mono<Note> note) {
            return note;
        }

        @GetMapping("/notes/{noteId}")
        Mono<Note> read(@PathVariable("noteId") UUID noteId) {
            return Mono.just(new Note(noteId.toString()));
        }
    }

    private final WebTestClient client = WebTestClient.bindToController(new NotesController())
            .controllerAdvice(new ProblemDetailsExceptionHandler()).build();

    @Test
    void aBodyOverTheCodecLimitIs413ContentTooLarge() {
        String huge = "{\"text\":\"" + "x".repeat(300_000) + "\"}";

        client.post().uri("/notes").contentType(MediaType.APPLICATION_JSON).bodyValue(huge).exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:mensenhandel:problem:content-too-large")
                .jsonPath("$.status").isEqualTo(413);
    }

    @Test
    void deepNestingIsA400NotA500() {
        String deep = "[".repeat(50_000) + "]".repeat(50_000);

        client.post().uri("/notes").contentType(MediaType.APPLICATION_JSON).bodyValue(deep).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").value(type -> org.assertj.core.api.Assertions.assertThat(
                        (String) type).startsWith("urn:mensenhandel:problem:"));
    }

    @Test
    void anOperatorObjectWhereAStringBelongsNamesTheField() {
        client.post().uri("/notes").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("text", Map.of("$ne", ""))).exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:mensenhandel:problem:validation")
                .jsonPath("$.errors[0].field").isEqualTo("text");
    }

    @Test
    void aBlankPathIdIsA400NamingTheParameterNotA500() {
        client.get().uri("/notes/%20").exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:mensenhandel:problem:validation")
                .jsonPath("$.errors[0].field").isEqualTo("noteId");
    }
}
