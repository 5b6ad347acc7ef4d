package nl.mensenhandel.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import nl.mensenhandel.gateway.support.FakeBackends;
import nl.mensenhandel.gateway.support.TestTokens;

/**
 * Keycloak's signing keys cannot be fetched (its address is a closed port): a request with a
 * well-formed token gets a 503 problem, not a plain 500, and nothing is routed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IdentityProviderDownTest {

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        FakeBackends.register(registry);
        int closed = FakeBackends.closedPort();
        registry.add("platform.security.jwk-set-uri", () -> "http://127.0.0.1:" + closed + FakeBackends.JWKS_PATH);
    }

    @LocalServerPort
    int port;

    @Test
    void tokensThatCannotBeVerifiedAnswer503Problem() {
        FakeBackends.resetServices();
        WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build()
                .get().uri("/api/signals").headers(h -> h.setBearerAuth(TestTokens.valid())).exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists("X-Request-Id")
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:mensenhandel:problem:service-unavailable")
                .jsonPath("$.instance").isEqualTo("/api/signals");
        org.assertj.core.api.Assertions.assertThat(FakeBackends.service("signal-service").getAllServeEvents())
                .isEmpty();
    }
}
