package nl.mensenhandel.gateway.ratelimit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;

import nl.mensenhandel.gateway.support.FakeBackends;
import nl.mensenhandel.gateway.support.TestTokens;

/** A tiny per-client limit: the client that exceeds it gets 429 problems, other clients do not notice. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gateway.rate-limit.replenish-rate=1",
        "gateway.rate-limit.burst-capacity=2" })
class RateLimitTest {

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        FakeBackends.register(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    RateLimiter<?> rateLimiter;

    @Autowired
    CircuitBreakerRegistry circuitBreakers;

    WebTestClient http;

    @BeforeEach
    void setUp() {
        http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        FakeBackends.resetServices();
        FakeBackends.service("signal-service").stubFor(any(urlPathMatching("/api/.*"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{}")));
    }

    @Test
    void theDefaultStoreIsInMemory() {
        assertThat(rateLimiter).isInstanceOf(InMemoryRateLimiter.class);
    }

    @Test
    void exceedingTheLimitAnswers429ProblemWithRetryAfterForThatClientOnly() {
        String greedy = TestTokens.valid("field-tool", "inspector-1");

        // the burst of two passes
        get(greedy).expectStatus().isOk().expectHeader().valueEquals("X-RateLimit-Burst-Capacity", "2");
        get(greedy).expectStatus().isOk();

        // the bucket refills one token per second; a fast client is denied within a few tries
        EntityExchangeResult<byte[]> denied = null;
        for (int i = 0; i < 10 && denied == null; i++) {
            EntityExchangeResult<byte[]> result = get(greedy).expectBody().returnResult();
            if (result.getStatus().value() == 429) {
                denied = result;
            }
        }
        assertThat(denied).as("a 429 after exceeding the burst").isNotNull();
        assertThat(denied.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(denied.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
        assertThat(new String(denied.getResponseBody()))
                .contains("\"type\":\"urn:mensenhandel:problem:rate-limited\"")
                .contains("\"status\":429");

        // the same user through another client application, and another user, have their own budgets
        get(TestTokens.valid("mensenhandel-web", "inspector-1")).expectStatus().isOk();
        get(TestTokens.valid("field-tool", "inspector-2")).expectStatus().isOk();
    }

    @Test
    void deniedRequestsAreNotFailuresOfTheService() {
        String greedy = TestTokens.valid("field-tool", "inspector-3");
        int denied = 0;
        for (int i = 0; i < 30; i++) {
            denied += get(greedy).expectBody().returnResult().getStatus().value() == 429 ? 1 : 0;
        }
        assertThat(denied).isGreaterThanOrEqualTo(20);
        // the breaker never saw them: it is closed and counted no failure
        CircuitBreaker breaker = circuitBreakers.circuitBreaker("signal-service");
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isZero();
        get(TestTokens.valid("field-tool", "inspector-4")).expectStatus().isOk();
    }

    private WebTestClient.ResponseSpec get(String token) {
        return http.get().uri("/api/signals").headers(h -> h.setBearerAuth(token)).exchange();
    }
}
