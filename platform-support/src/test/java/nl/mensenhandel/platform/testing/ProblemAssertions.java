package nl.mensenhandel.platform.testing;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The contract checks every service API test makes the same way: errors are RFC 9457 problem
 * details ({@code application/problem+json}) with the platform's problem {@code type}, and health
 * is truthful. Each method asserts status, content type and {@code type} (and, for validation, the
 * offending field), and returns the body spec for further checks.
 *
 * <pre>
 * ProblemAssertions.unauthenticated(http.get().uri("/api/cases").exchange());
 * ProblemAssertions.forbidden(api.mutateWith(caller("melder")).get().uri("/api/cases").exchange());
 * ProblemAssertions.invalidParameter(api.mutateWith(caller("casustafel")).get().uri("/api/cases?size=0").exchange(),
 *         "size");
 * ProblemAssertions.healthUp(http);
 * </pre>
 */
public final class ProblemAssertions {

    private ProblemAssertions() {
    }

    /** 401 as a problem of type {@code urn:mensenhandel:problem:unauthenticated}. */
    public static WebTestClient.BodyContentSpec unauthenticated(WebTestClient.ResponseSpec response) {
        return response
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:mensenhandel:problem:unauthenticated");
    }

    /** 403 as a problem of type {@code urn:mensenhandel:problem:forbidden}. */
    public static WebTestClient.BodyContentSpec forbidden(WebTestClient.ResponseSpec response) {
        return response
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:mensenhandel:problem:forbidden");
    }

    /**
     * 400 as a problem of type {@code urn:mensenhandel:problem:validation} whose first error names
     * {@code field}.
     */
    public static WebTestClient.BodyContentSpec invalidParameter(WebTestClient.ResponseSpec response, String field) {
        return response
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:mensenhandel:problem:validation")
                .jsonPath("$.errors[0].field").isEqualTo(field);
    }

    /** {@code GET /actuator/health} answers 200 with status UP. */
    public static WebTestClient.BodyContentSpec healthUp(WebTestClient http) {
        return http.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }
}
