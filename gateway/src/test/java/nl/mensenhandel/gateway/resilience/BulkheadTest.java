package nl.mensenhandel.gateway.resilience;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4jBulkheadProvider;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;

import nl.mensenhandel.gateway.support.FakeBackends;
import nl.mensenhandel.gateway.support.TestTokens;

/**
 * Issue 6 §5, "the gateway sheds load it should carry": Spring Cloud CircuitBreaker's default bulkhead (25
 * concurrent calls per route) refused healthy traffic, and its refusals counted as failures of the
 * service, so the breaker opened and refused everything. Here a slow but healthy service carries 100
 * concurrent calls, and a bulkhead that does fill up refuses politely without opening the breaker.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BulkheadTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        FakeBackends.register(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    CircuitBreakerRegistry circuitBreakers;

    @Autowired
    ReactiveResilience4jBulkheadProvider bulkheads;

    @BeforeEach
    void setUp() {
        FakeBackends.resetServices();
    }

    @AfterAll
    static void tearDown() {
        FakeBackends.resetServices();
    }

    @Test
    void aSlowHealthyServiceCarriesOneHundredConcurrentCalls() {
        FakeBackends.service("monitor-service").stubFor(get(urlPathEqualTo("/api/monitor/slow"))
                .willReturn(aResponse().withFixedDelay(500).withHeader("Content-Type", "application/json")
                        .withBody("{}")));

        List<HttpResponse<String>> answers = concurrently(100, "/api/monitor/slow");

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(200).hasSize(100);
        // all 100 were in flight together at the service, not queued behind a bulkhead
        assertThat(FakeBackends.service("monitor-service").getAllServeEvents()).hasSize(100);
        CircuitBreaker breaker = circuitBreakers.circuitBreaker("monitor-service");
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isZero();
        assertThat(bulkheads.getBulkheadRegistry().bulkhead("monitor-service").getBulkheadConfig()
                .getMaxConcurrentCalls()).as("the configured size, not Resilience4j's 25").isEqualTo(1000);
    }

    @Test
    void bulkheadRejectionsAnswer503WithRetryAfterAndDoNotOpenTheCircuitBreaker() {
        FakeBackends.service("care-coordination-service").stubFor(get(urlPathEqualTo("/api/care/slow"))
                .willReturn(aResponse().withFixedDelay(500).withHeader("Content-Type", "application/json")
                        .withBody("{}")));
        // a first call creates the route's bulkhead; then it is made small enough to fill up
        assertThat(concurrently(1, "/api/care/slow")).extracting(HttpResponse::statusCode).containsOnly(200);
        Bulkhead bulkhead = bulkheads.getBulkheadRegistry().bulkhead("care-coordination-service");
        BulkheadConfig configured = bulkhead.getBulkheadConfig();
        bulkhead.changeConfig(BulkheadConfig.from(configured).maxConcurrentCalls(5).build());
        try {
            List<HttpResponse<String>> answers = concurrently(40, "/api/care/slow");

            List<HttpResponse<String>> refused = answers.stream().filter(a -> a.statusCode() == 503).toList();
            assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(200, 503);
            assertThat(refused).as("refused by the full bulkhead").hasSizeGreaterThanOrEqualTo(20);
            assertThat(refused).allSatisfy(a -> {
                assertThat(a.headers().firstValue("Content-Type")).hasValue("application/problem+json");
                assertThat(a.headers().firstValue("Retry-After")).hasValue("1");
                assertThat(a.body()).contains("urn:mensenhandel:problem:service-unavailable");
            });

            CircuitBreaker breaker = circuitBreakers.circuitBreaker("care-coordination-service");
            assertThat(breaker.getState()).as("rejections are not failures of the service")
                    .isEqualTo(CircuitBreaker.State.CLOSED);
            assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isZero();
            // and the service is still reachable at once
            assertThat(concurrently(1, "/api/care/slow")).extracting(HttpResponse::statusCode).containsOnly(200);
        } finally {
            bulkhead.changeConfig(configured);
        }
    }

    /** {@code count} GETs sent at once, each by another user (so no per-client limit is involved). */
    private List<HttpResponse<String>> concurrently(int count, String path) {
        List<HttpRequest> requests = IntStream.range(0, count)
                .mapToObj(i -> HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", "Bearer " + TestTokens.valid())
                        .timeout(Duration.ofSeconds(20)).GET().build())
                .toList();
        List<CompletableFuture<HttpResponse<String>>> sent = requests.stream()
                .map(r -> CLIENT.sendAsync(r, HttpResponse.BodyHandlers.ofString())).toList();
        return sent.stream().map(CompletableFuture::join).toList();
    }
}
