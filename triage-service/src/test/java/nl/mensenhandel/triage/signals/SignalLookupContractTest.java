package nl.mensenhandel.triage.signals;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;

import feign.RequestInterceptor;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import nl.mensenhandel.platform.config.Secrets;
import nl.mensenhandel.platform.testing.EmbeddedMongo;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * Contract test of the generated signal-service client behind {@link SignalLookup}: WireMock plays
 * signal-service ({@code GET /api/signals/{signalId}} of {@code api-specs/signal-service.yaml}).
 */
@SpringBootTest(properties = {
        // small numbers so the breaker opens within a test; production values are in application.yml
        "resilience4j.circuitbreaker.instances.signal-service.sliding-window-size=4",
        "resilience4j.circuitbreaker.instances.signal-service.minimum-number-of-calls=4",
        "resilience4j.circuitbreaker.instances.signal-service.wait-duration-in-open-state=60s",
        "resilience4j.timelimiter.instances.signal-service.timeout-duration=1500ms" })
// local profile: development field keys (the casus summary is encrypted at rest)
@ActiveProfiles(Secrets.LOCAL_PROFILE)
class SignalLookupContractTest {

    static final WireMockServer SIGNAL_SERVICE = new WireMockServer(wireMockConfig().dynamicPort());
    static final EmbeddedMongo MONGO = EmbeddedMongo.start();

    static {
        SIGNAL_SERVICE.start();
    }

    @DynamicPropertySource
    static void endpoints(DynamicPropertyRegistry registry) {
        registry.add("signals.url", SIGNAL_SERVICE::baseUrl);
        registry.add("spring.mongodb.uri", MONGO::uri);
    }

    @AfterAll
    static void stop() {
        SIGNAL_SERVICE.stop();
    }

    /** Records on which thread each Feign request is built: it must never be a Netty event loop. */
    @TestConfiguration
    static class ThreadRecording {
        static final List<String> THREADS = new CopyOnWriteArrayList<>();

        @Bean
        RequestInterceptor threadRecorder() {
            return template -> THREADS.add(Thread.currentThread().getName());
        }
    }

    static final String TOKEN = "relayed-access-token";

    @Autowired
    SignalLookup lookup;

    @Autowired
    ReactiveResilience4JCircuitBreakerFactory breakers;

    @Autowired
    nl.mensenhandel.triage.signalclient.SignalsApi client;

    static boolean warmedUp;

    @BeforeEach
    void reset() {
        if (!warmedUp) {
            // the first Feign call of a JVM initialises codecs, deserializers and connections; on a busy
            // two-core machine that alone can exceed the time limiter, so it happens once outside the breaker
            UUID warmUp = new UUID(0, 0);
            SIGNAL_SERVICE.stubFor(get(urlEqualTo("/api/signals/" + warmUp)).willReturn(okJson(signalJson(warmUp))));
            client.getSignal(warmUp);
            warmedUp = true;
        }
        SIGNAL_SERVICE.resetAll();
        breaker().reset();
        ThreadRecording.THREADS.clear();
    }

    @Test
    void successMapsTheFieldsRelaysTheTokenAndRunsOffTheEventLoop() {
        UUID id = UUID.randomUUID();
        SIGNAL_SERVICE.stubFor(get(urlEqualTo("/api/signals/" + id)).willReturn(okJson(signalJson(id))));

        StepVerifier.create(asCaller(lookup.find(id)))
                .assertNext(signal -> {
                    assertThat(signal.id()).isEqualTo(id);
                    assertThat(signal.region()).isEqualTo("zaanstreek-waterland");
                    assertThat(signal.municipalityCode()).isEqualTo("GM0479");
                    assertThat(signal.forms()).isEqualTo(Set.of("ARBEID", "SEKSUEEL"));
                    assertThat(signal.sourceType()).isEqualTo("PROFESSIONAL");
                    assertThat(signal.status()).isEqualTo("ONTVANGEN");
                    assertThat(signal.observedAt()).isEqualTo(Instant.parse("2026-01-02T09:30:00Z"));
                })
                .verifyComplete();

        SIGNAL_SERVICE.verify(1, getRequestedFor(urlEqualTo("/api/signals/" + id))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
        assertThat(ThreadRecording.THREADS).isNotEmpty()
                .allSatisfy(thread -> assertThat(thread).startsWith("boundedElastic"))
                .noneSatisfy(thread -> assertThat(thread).containsIgnoringCase("reactor-http"));
    }

    @Test
    void notFoundIsADomainAnswerAndKeepsTheBreakerClosed() {
        for (int i = 0; i < 6; i++) {
            UUID id = UUID.randomUUID();
            SIGNAL_SERVICE.stubFor(get(urlEqualTo("/api/signals/" + id)).willReturn(aResponse().withStatus(404)
                    .withHeader("Content-Type", "application/problem+json")
                    .withBody("{\"type\":\"urn:mensenhandel:problem:not-found\",\"title\":\"Not found\",\"status\":404}")));
            StepVerifier.create(asCaller(lookup.find(id)))
                    .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(SignalNotFound.class)
                            .extracting(f -> ((SignalNotFound) f).signalId()).isEqualTo(id))
                    .verify();
        }
        assertThat(breaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breaker().getMetrics().getNumberOfFailedCalls()).isZero();
    }

    @Test
    void aSlowAnswerTimesOutAndCountsAsFailure() {
        // the configured 1.5 s (this test's value), not Resilience4j's default of 1 s, applies
        assertThat(breakers.getTimeLimiterRegistry().timeLimiter(SignalLookup.BREAKER).getTimeLimiterConfig()
                .getTimeoutDuration()).isEqualTo(Duration.ofMillis(1500));
        UUID id = UUID.randomUUID();
        SIGNAL_SERVICE.stubFor(get(urlEqualTo("/api/signals/" + id))
                .willReturn(okJson(signalJson(id)).withFixedDelay(2_500)));

        StepVerifier.create(asCaller(lookup.find(id)))
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(SignalServiceUnavailable.class)
                        .extracting(f -> ((SignalServiceUnavailable) f).reason())
                        .isEqualTo(SignalServiceUnavailable.Reason.TIMEOUT))
                .verify(Duration.ofSeconds(5));
        assertThat(breaker().getMetrics().getNumberOfFailedCalls()).isEqualTo(1);
    }

    @Test
    void repeatedServerErrorsOpenTheBreakerWhichThenFailsFastWithoutCalling() {
        for (int i = 0; i < 4; i++) {
            UUID id = UUID.randomUUID();
            SIGNAL_SERVICE.stubFor(get(urlEqualTo("/api/signals/" + id)).willReturn(aResponse().withStatus(500)));
            StepVerifier.create(asCaller(lookup.find(id)))
                    .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(SignalServiceUnavailable.class)
                            .extracting(f -> ((SignalServiceUnavailable) f).reason())
                            .isEqualTo(SignalServiceUnavailable.Reason.FAILURE))
                    .verify();
        }
        assertThat(breaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);

        UUID next = UUID.randomUUID();
        SIGNAL_SERVICE.stubFor(get(urlEqualTo("/api/signals/" + next)).willReturn(okJson("{}")));
        StepVerifier.create(asCaller(lookup.find(next)))
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(SignalServiceUnavailable.class)
                        .satisfies(f -> assertThat(((SignalServiceUnavailable) f).type().status().value())
                                .isEqualTo(503))
                        .extracting(f -> ((SignalServiceUnavailable) f).reason())
                        .isEqualTo(SignalServiceUnavailable.Reason.CIRCUIT_OPEN))
                .verify();
        SIGNAL_SERVICE.verify(0, getRequestedFor(urlEqualTo("/api/signals/" + next)));
        assertThat(SIGNAL_SERVICE.getAllServeEvents()).hasSize(4);
    }

    /** A body as signal-service's contract describes it (api-specs/signal-service.yaml, Signal). */
    private static String signalJson(UUID id) {
        return """
                {"id":"%s","region":"zaanstreek-waterland","municipalityCode":"GM0479",
                 "forms":["ARBEID","SEKSUEEL"],"sourceType":"PROFESSIONAL","description":"56 slaapplaatsen",
                 "observedAt":"2026-01-02T09:30:00Z","status":"ONTVANGEN",
                 "createdAt":"2026-01-02T10:00:00Z","createdBy":"af-zaanstad","updatedAt":"2026-01-02T10:00:00Z"}
                """.formatted(id);
    }

    private CircuitBreaker breaker() {
        return breakers.getCircuitBreakerRegistry().circuitBreaker(SignalLookup.BREAKER);
    }

    private static <T> Mono<T> asCaller(Mono<T> call) {
        Jwt jwt = Jwt.withTokenValue(TOKEN).header("alg", "RS256").subject("user-casustafel")
                .claim("region", "zaanstreek-waterland").build();
        return call.contextWrite(ReactiveSecurityContextHolder.withAuthentication(new JwtAuthenticationToken(jwt)));
    }
}
