package nl.mensenhandel.gateway.ratelimit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import nl.mensenhandel.gateway.support.FakeBackends;
import nl.mensenhandel.gateway.support.TestTokens;

/**
 * The public (tokenless) routes have their own, much stricter limit, counted per client address: a
 * resident's address is denied with a 429 problem long before an authenticated client would be, and a
 * token sent along does not buy a bigger budget there. The authenticated routes keep the configured
 * default (50/s, burst 100 from application.yml).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gateway.rate-limit.public-routes.replenish-rate=1",
        "gateway.rate-limit.public-routes.burst-capacity=3" })
class PublicRateLimitTest {

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        FakeBackends.register(registry);
    }

    @LocalServerPort
    int port;

    WebTestClient http;

    @BeforeEach
    void setUp() {
        http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        FakeBackends.resetServices();
        FakeBackends.service("signal-service").stubFor(any(urlPathMatching("/api/.*"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{}")));
    }

    @Test
    void thePublicLimitAnswers429ProblemPerAddressBeforeTheAuthenticatedLimitWould() {
        // the public burst of three passes, and says so
        statusCheck(null).expectStatus().isOk().expectHeader().valueEquals("X-RateLimit-Burst-Capacity", "3");

        // one token per second refills; a fast client is denied within a few tries
        EntityExchangeResult<byte[]> denied = null;
        for (int i = 0; i < 10 && denied == null; i++) {
            EntityExchangeResult<byte[]> result = statusCheck(null).expectBody().returnResult();
            if (result.getStatus().value() == 429) {
                denied = result;
            }
        }
        assertThat(denied).as("a 429 after exceeding the public burst").isNotNull();
        assertThat(denied.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(denied.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
        assertThat(new String(denied.getResponseBody()))
                .contains("\"type\":\"urn:mensenhandel:problem:rate-limited\"")
                .contains("\"status\":429");

        // the same address with a token is still the same public budget (and so is the other public path)
        String token = TestTokens.valid("mensenhandel-web", "resident-with-an-account");
        statusCheck(token).expectStatus().isEqualTo(429);
        http.post().uri("/api/public/anonymous-signals").contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange().expectStatus().isEqualTo(429);

        // an authenticated client from the same address is far from its own limit
        for (int i = 0; i < 15; i++) {
            http.get().uri("/api/signals").headers(h -> h.setBearerAuth(token)).exchange()
                    .expectStatus().isOk()
                    .expectHeader().valueEquals("X-RateLimit-Burst-Capacity", "100");
        }
    }

    private WebTestClient.ResponseSpec statusCheck(String token) {
        return http.post().uri("/api/public/signal-status")
                .headers(h -> {
                    if (token != null) {
                        h.setBearerAuth(token);
                    }
                })
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"caseCode\":\"MH-AB12-CD34\",\"secret\":\"s3cret-s3cret\"}")
                .exchange();
    }
}
