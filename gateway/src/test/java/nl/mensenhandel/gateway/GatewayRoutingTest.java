package nl.mensenhandel.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;

import nl.mensenhandel.gateway.support.FakeBackends;
import nl.mensenhandel.gateway.support.TestTokens;

/**
 * The gateway against WireMock services and a WireMock JWKS, with real RS256 tokens: token validation,
 * routing with the token relayed, identity headers stripped, request id and trace context, errors passed
 * through, 503 problems for a stopped and for a hanging service, the gateway's own 404, open health;
 * the public signal endpoints ({@code /api/public/**}) reached without a token while everything else
 * still needs one. The enforcement service is "stopped" (its URL is a closed port).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // tighter than the 10 s default so the slow-service tests stay short; still above Resilience4j's
        // own 1 s default, which the "a bit slow" test would catch if the configured value were ignored
        "spring.cloud.gateway.server.webflux.httpclient.response-timeout=2s",
        // the public routes' strict per-address limit is tested in PublicRateLimitTest; here it must not
        // interfere with the tokenless calls of several tests from the same address
        "gateway.rate-limit.public-routes.replenish-rate=1000",
        "gateway.rate-limit.public-routes.burst-capacity=1000" })
class GatewayRoutingTest {

    static final String PROBLEM_BASE = "urn:mensenhandel:problem:";
    static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    static final String TRACEPARENT_PATTERN = "00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}";

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        FakeBackends.register(registry, "enforcement-service");
    }

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    CircuitBreakerRegistry circuitBreakers;

    WebTestClient http;

    @BeforeEach
    void setUp() {
        http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(20)).build();
        FakeBackends.resetServices();
        for (String routeId : List.of("signal-service", "triage-service", "care-coordination-service",
                "monitor-service")) {
            FakeBackends.service(routeId).stubFor(any(urlPathMatching("/api/.*")).willReturn(aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"answeredBy\":\"" + routeId + "\"}")));
        }
    }

    // --- token validation --------------------------------------------------------------------------

    @Test
    void withoutTokenAnswers401ProblemAndRoutesNothing() {
        http.get().uri("/api/signals").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectHeader().valueMatches("X-Request-Id", UUID_PATTERN)
                .expectBody()
                .jsonPath("$.type").isEqualTo(PROBLEM_BASE + "unauthenticated")
                .jsonPath("$.status").isEqualTo(401);
        assertThat(requestsTo("signal-service")).isEmpty();
    }

    static List<Arguments> invalidTokens() {
        return List.of(
                Arguments.of("wrong issuer", TestTokens.builder("web", "u1")
                        .issuer("http://evil.test/realms/mensenhandel").sign()),
                Arguments.of("wrong audience", TestTokens.builder("web", "u1").audience("account").sign()),
                Arguments.of("expired", TestTokens.builder("web", "u1").expiredSecondsAgo(600).sign()),
                Arguments.of("unknown signing key", TestTokens.builder("web", "u1").signedWithUnknownKey().sign()),
                Arguments.of("not a JWT", "not-a-token"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidTokens")
    void invalidTokenAnswers401Problem(String why, String token) {
        http.get().uri("/api/signals").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEM_BASE + "unauthenticated");
        assertThat(requestsTo("signal-service")).isEmpty();
    }

    // --- routing and token relay -------------------------------------------------------------------

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "/api/signals, signal-service",
            "/api/signals/5f0c2a/feedback?page=2, signal-service",
            "/api/inbox?unreadOnly=true, signal-service",
            "/api/inbox/notifications, signal-service",
            "/api/cases/123, triage-service",
            "/api/triage/meetings, triage-service",
            "/api/care/placements, care-coordination-service",
            "/api/monitor/regions/zaanstreek-waterland, monitor-service" })
    void validTokenIsRoutedToItsServiceWithTheTokenRelayedUnchanged(String uri, String routeId) {
        String token = TestTokens.valid();
        http.get().uri(uri).headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.answeredBy").isEqualTo(routeId);

        List<LoggedRequest> received = requestsTo(routeId);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getUrl()).isEqualTo(uri);
        assertThat(received.get(0).getHeader(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer " + token);
        FakeBackends.SERVICE_URL_VARIABLES.keySet().stream()
                .filter(other -> !other.equals(routeId) && !other.equals("enforcement-service"))
                .forEach(other -> assertThat(requestsTo(other)).as(other).isEmpty());
    }

    @Test
    void spoofedIdentityHeadersDoNotReachTheService() {
        Map<String, String> spoofed = Map.ofEntries(
                Map.entry("X-User", "admin"), Map.entry("x-user-id", "42"), Map.entry("X-Roles", "regio-beheerder"),
                Map.entry("X-Region", "ijsselland"), Map.entry("X-TENANT", "ijsselland"),
                Map.entry("X-Municipalities", "GM0193"), Map.entry("X-Organisation", "Evil BV"),
                Map.entry("X-Provider", "p-1"), Map.entry("X-Forwarded-User", "admin"),
                Map.entry("X-Auth-Request-User", "admin"), Map.entry("X-Remote-User", "admin"));
        http.get().uri("/api/cases")
                .headers(h -> {
                    h.setBearerAuth(TestTokens.valid());
                    spoofed.forEach(h::add);
                    h.add("X-Client-Version", "7.1");
                })
                .exchange()
                .expectStatus().isOk();

        LoggedRequest received = requestsTo("triage-service").get(0);
        spoofed.keySet().forEach(name -> assertThat(received.containsHeader(name)).as(name).isFalse());
        // only identity headers are removed
        assertThat(received.getHeader("X-Client-Version")).isEqualTo("7.1");
    }

    // --- public (tokenless) signal endpoints ------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = { "/api/public/signal-status", "/api/public/anonymous-signals" })
    void publicSignalEndpointsReachTheSignalServiceWithoutAToken(String path) {
        String body = "{\"caseCode\":\"MH-AB12-CD34\",\"secret\":\"s3cret-s3cret\"}";
        http.post().uri(path)
                .headers(h -> {
                    h.set("Idempotency-Key", "resident-1");
                    h.set("X-User", "admin");
                    h.set("X-Region", "ijsselland");
                    h.set("X-Roles", "regio-beheerder");
                })
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueMatches("X-Request-Id", UUID_PATTERN)
                .expectBody().jsonPath("$.answeredBy").isEqualTo("signal-service");

        List<LoggedRequest> received = requestsTo("signal-service");
        assertThat(received).hasSize(1);
        LoggedRequest request = received.get(0);
        assertThat(request.getMethod().getName()).isEqualTo("POST");
        assertThat(request.getUrl()).isEqualTo(path);
        assertThat(request.getBodyAsString()).isEqualTo(body);
        assertThat(request.getHeader("Idempotency-Key")).isEqualTo("resident-1");
        assertThat(request.containsHeader(HttpHeaders.AUTHORIZATION)).isFalse();
        // identity headers are stripped on the public route too
        List.of("X-User", "X-Region", "X-Roles")
                .forEach(name -> assertThat(request.containsHeader(name)).as(name).isFalse());
        FakeBackends.SERVICE_URL_VARIABLES.keySet().stream()
                .filter(other -> !other.equals("signal-service") && !other.equals("enforcement-service"))
                .forEach(other -> assertThat(requestsTo(other)).as(other).isEmpty());
    }

    @Test
    void aValidTokenSentToAPublicEndpointIsRelayedUnchanged() {
        String token = TestTokens.valid();
        http.post().uri("/api/public/signal-status").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange()
                .expectStatus().isOk();
        assertThat(requestsTo("signal-service").get(0).getHeader(HttpHeaders.AUTHORIZATION))
                .isEqualTo("Bearer " + token);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "GET, /api/signals",
            "POST, /api/signals",
            "GET, /api/signals/reported-by-me",
            "PUT, /api/signals/categories/ILLEGALE_HUISVESTING",
            "GET, /api/signals/public/signal-status",
            "POST, /api/publicx/signal-status",
            "GET, /api/cases",
            "POST, /api/care/placements",
            "GET, /api/monitor/municipalities",
            "GET, /api/enforcement/inspections" })
    void withoutATokenEveryOtherRouteStillAnswers401(String method, String path) {
        http.method(HttpMethod.valueOf(method)).uri(path)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEM_BASE + "unauthenticated");
        FakeBackends.SERVICE_URL_VARIABLES.keySet().stream().filter(id -> !id.equals("enforcement-service"))
                .forEach(id -> assertThat(requestsTo(id)).as(id).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/public/../signals", "/api/public/%2e%2e/signals", "/api/public/..%2Fsignals",
            "/api/public/%2E%2E%2Fsignals/reported-by-me", "/api/public//../signals" })
    void aPublicPrefixDoesNotOpenOtherPathsWithoutAToken(String path) {
        // Spring Security's firewall rejects paths that are not normalised before any route is chosen
        http.get().uri(URI.create("http://localhost:" + port + path)).exchange()
                .expectStatus().isBadRequest();
        assertThat(requestsTo("signal-service")).as(path).isEmpty();
    }

    @Test
    void thePublicRouteHasItsOwnCircuitBreakerAndAnswers503Problem() {
        FakeBackends.service("signal-service").stubFor(post(urlPathEqualTo("/api/public/anonymous-signals"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        byte[] body = http.post().uri("/api/public/anonymous-signals")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"municipalityCode\":\"GM0479\"}")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo(PROBLEM_BASE + "service-unavailable")
                .jsonPath("$.instance").isEqualTo("/api/public/anonymous-signals")
                .returnResult().getResponseBody();
        assertThat(new String(body)).doesNotContainIgnoringCase("exception").doesNotContain("127.0.0.1");

        assertThat(circuitBreakers.find("signal-service-public")).hasValueSatisfying(
                cb -> assertThat(cb.getMetrics().getNumberOfFailedCalls()).isPositive());
        // the authenticated signal route keeps its own breaker
        http.get().uri("/api/signals").headers(h -> h.setBearerAuth(TestTokens.valid())).exchange()
                .expectStatus().isOk();
    }

    @Test
    void withoutTrustedProxiesAClientSentForwardedForIsReplacedByThePeerAddress() {
        callSignals(h -> {
            h.add("X-Forwarded-For", "203.0.113.66");
            h.add("Forwarded", "for=203.0.113.67");
            h.add("X-Real-IP", "203.0.113.68");
        });
        LoggedRequest received = requestsTo("signal-service").get(0);
        assertThat(received.getHeaders().getHeader("X-Forwarded-For").values())
                .singleElement().isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(received.containsHeader("Forwarded")).isFalse();
        assertThat(received.containsHeader("X-Real-IP")).isFalse();
    }

    // --- request id and trace context --------------------------------------------------------------

    @Test
    void requestIdIsCreatedWhenAbsentPassedOnAndEchoed() {
        String echoed = http.get().uri("/api/signals").headers(h -> h.setBearerAuth(TestTokens.valid()))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueMatches("X-Request-Id", UUID_PATTERN)
                .returnResult(String.class).getResponseHeaders().getFirst("X-Request-Id");
        assertThat(requestsTo("signal-service").get(0).getHeader("X-Request-Id")).isEqualTo(echoed);
    }

    @Test
    void validRequestIdIsKeptPassedOnAndEchoedOnce() {
        // the service echoes it too: the client must still see it exactly once
        FakeBackends.service("signal-service").stubFor(get(urlPathEqualTo("/api/signals/echo")).willReturn(
                aResponse().withHeader("X-Request-Id", "from-the-service").withBody("{}")));
        http.get().uri("/api/signals/echo")
                .headers(h -> {
                    h.setBearerAuth(TestTokens.valid());
                    h.set("X-Request-Id", "field-tool-01HZX3Y9.retry:2");
                })
                .exchange()
                .expectStatus().isOk()
                .expectHeader().values("X-Request-Id",
                        values -> assertThat(values).containsExactly("field-tool-01HZX3Y9.retry:2"));
        assertThat(requestsTo("signal-service").get(0).getHeader("X-Request-Id"))
                .isEqualTo("field-tool-01HZX3Y9.retry:2");
    }

    @ParameterizedTest
    @ValueSource(strings = { "bad id with spaces", "<script>alert(1)</script>", "-starts-with-dash",
            "0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789"
                    + "0123456789012345678901234567890" })
    void invalidRequestIdIsReplacedNotForwarded(String invalid) {
        String echoed = http.get().uri("/api/signals")
                .headers(h -> {
                    h.setBearerAuth(TestTokens.valid());
                    h.set("X-Request-Id", invalid);
                })
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueMatches("X-Request-Id", UUID_PATTERN)
                .returnResult(String.class).getResponseHeaders().getFirst("X-Request-Id");
        LoggedRequest received = requestsTo("signal-service").get(0);
        assertThat(received.getHeaders().getHeader("X-Request-Id").values()).containsExactly(echoed);
    }

    @Test
    void traceparentIsCreatedWhenAbsent() {
        callSignals(h -> { });
        LoggedRequest received = requestsTo("signal-service").get(0);
        assertThat(received.getHeader("traceparent")).matches(TRACEPARENT_PATTERN);
        assertThat(received.getHeader("traceparent")).doesNotContain("00000000000000000000000000000000");
    }

    @Test
    void validTraceparentIsContinuedAndTracestateKept() {
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        callSignals(h -> {
            h.set("traceparent", traceparent);
            h.set("tracestate", "congo=t61rcWkgMzE,rojo=00f067aa0ba902b7");
        });
        LoggedRequest received = requestsTo("signal-service").get(0);
        // the same trace and sampling decision; the parent is now the gateway's own span (W3C: a participant
        // that records the request replaces the parent id)
        assertThat(received.getHeader("traceparent")).matches(TRACEPARENT_PATTERN)
                .startsWith("00-4bf92f3577b34da6a3ce929d0e0e4736-").endsWith("-01");
        assertThat(received.getHeader("tracestate")).isEqualTo("congo=t61rcWkgMzE,rojo=00f067aa0ba902b7");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "00-4BF92F3577B34DA6A3CE929D0E0E4736-00F067AA0BA902B7-01", // upper case
            "00-00000000000000000000000000000000-00f067aa0ba902b7-01", // all-zero trace id
            "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01", // all-zero parent id
            "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", // forbidden version
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7", // no flags
            "garbage" })
    void invalidTraceparentIsReplacedAndTracestateDropped(String invalid) {
        callSignals(h -> {
            h.set("traceparent", invalid);
            h.set("tracestate", "congo=t61rcWkgMzE");
        });
        LoggedRequest received = requestsTo("signal-service").get(0);
        assertThat(received.getHeader("traceparent")).matches(TRACEPARENT_PATTERN).isNotEqualTo(invalid);
        assertThat(received.containsHeader("tracestate")).isFalse();
    }

    // --- errors ------------------------------------------------------------------------------------

    @Test
    void serviceProblemPassesThroughUnchanged() {
        String problem = "{\"type\":\"urn:mensenhandel:problem:not-found\",\"title\":\"Not found\","
                + "\"status\":404,\"detail\":\"Case not found.\",\"instance\":\"/api/cases/missing\"}";
        FakeBackends.service("triage-service").stubFor(get(urlPathEqualTo("/api/cases/missing")).willReturn(
                aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json").withBody(problem)));
        http.get().uri("/api/cases/missing").headers(h -> h.setBearerAuth(TestTokens.valid())).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().json(problem, true);
    }

    @ParameterizedTest
    @ValueSource(ints = { 400, 409, 500, 503 })
    void serviceErrorStatusIsNotTurnedIntoAFallback(int status) {
        FakeBackends.service("care-coordination-service").stubFor(get(urlPathEqualTo("/api/care/failing"))
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"detail\":\"from the service\"}")));
        http.get().uri("/api/care/failing").headers(h -> h.setBearerAuth(TestTokens.valid())).exchange()
                .expectStatus().isEqualTo(status)
                .expectBody().jsonPath("$.detail").isEqualTo("from the service");
    }

    @Test
    void stoppedServiceAnswers503ProblemFast() {
        long start = System.nanoTime();
        byte[] body = http.get().uri("/api/enforcement/inspections?region=x")
                .headers(h -> h.setBearerAuth(TestTokens.valid())).exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueMatches("X-Request-Id", UUID_PATTERN)
                .expectBody()
                .jsonPath("$.type").isEqualTo(PROBLEM_BASE + "service-unavailable")
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.detail").value(String.class, d -> assertThat(d).contains("enforcement-service"))
                .jsonPath("$.instance").isEqualTo("/api/enforcement/inspections")
                .returnResult().getResponseBody();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        // no internals: neither the address nor the exception
        assertThat(new String(body)).doesNotContain("127.0.0.1").doesNotContainIgnoringCase("refused")
                .doesNotContainIgnoringCase("exception");
    }

    @Test
    void eachRouteHasItsOwnCircuitBreaker() {
        http.get().uri("/api/signals").headers(h -> h.setBearerAuth(TestTokens.valid())).exchange()
                .expectStatus().isOk();
        http.get().uri("/api/enforcement/inspections").headers(h -> h.setBearerAuth(TestTokens.valid()))
                .exchange().expectStatus().isEqualTo(503);

        assertThat(circuitBreakers.find("enforcement-service")).hasValueSatisfying(
                cb -> assertThat(cb.getMetrics().getNumberOfFailedCalls()).isPositive());
        assertThat(circuitBreakers.find("signal-service")).hasValueSatisfying(
                cb -> assertThat(cb.getMetrics().getNumberOfFailedCalls()).isZero());
    }

    @Test
    void stoppedServiceAnswers503ProblemForACommandWithABodyToo() {
        http.post().uri("/api/enforcement/inspections")
                .headers(h -> {
                    h.setBearerAuth(TestTokens.valid());
                    h.set("Idempotency-Key", "3f2a9c1e-0b7d-4d5e-9a51-7c0d2e8f6a14");
                })
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"municipality\":\"GM0479\",\"findings\":[]}")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo(PROBLEM_BASE + "service-unavailable")
                .jsonPath("$.instance").isEqualTo("/api/enforcement/inspections");
    }

    @Test
    void serviceSlowerThanTheTimeLimiterAnswers503Problem() {
        FakeBackends.service("monitor-service").stubFor(get(urlPathEqualTo("/api/monitor/hanging"))
                .willReturn(aResponse().withFixedDelay(8_000).withBody("{}")));
        long start = System.nanoTime();
        http.get().uri("/api/monitor/hanging").headers(h -> h.setBearerAuth(TestTokens.valid())).exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo(PROBLEM_BASE + "service-unavailable")
                .jsonPath("$.detail").value(String.class, d -> assertThat(d).contains("monitor-service"));
        assertThat(Duration.ofNanos(System.nanoTime() - start))
                .isGreaterThanOrEqualTo(Duration.ofMillis(1_900))
                .isLessThan(Duration.ofSeconds(6));
    }

    @Test
    void serviceWithinTheTimeLimiterIsAnswered() {
        FakeBackends.service("monitor-service").stubFor(get(urlPathEqualTo("/api/monitor/a-bit-slow"))
                .willReturn(aResponse().withFixedDelay(1_200).withBody("{\"ok\":true}")));
        http.get().uri("/api/monitor/a-bit-slow").headers(h -> h.setBearerAuth(TestTokens.valid())).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.ok").isEqualTo(true);
    }

    @Test
    void unknownPathAnswersGateways404Problem() {
        http.get().uri("/api/unknown/thing").headers(h -> h.setBearerAuth(TestTokens.valid())).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEM_BASE + "not-found");
    }

    @Test
    void fallbackIsNotReachableDirectly() {
        http.get().uri("/fallback").headers(h -> h.setBearerAuth(TestTokens.valid())).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void healthIsOpenAndUpWhileAServiceIsDown() {
        // on the management port (inside the cluster); the public port has no actuator (ManagementPortTest)
        WebTestClient.bindToServer().baseUrl("http://localhost:" + managementPort).build()
                .get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    // -----------------------------------------------------------------------------------------------

    private void callSignals(Consumer<HttpHeaders> headers) {
        http.get().uri("/api/signals")
                .headers(h -> {
                    h.setBearerAuth(TestTokens.valid());
                    headers.accept(h);
                })
                .exchange()
                .expectStatus().isOk();
    }

    private static List<LoggedRequest> requestsTo(String routeId) {
        WireMockServer server = FakeBackends.service(routeId);
        return server.getAllServeEvents().stream().map(e -> e.getRequest()).toList();
    }
}
