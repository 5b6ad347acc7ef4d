package nl.mensenhandel.gateway.invalidtoken;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import nl.mensenhandel.gateway.support.FakeBackends;
import nl.mensenhandel.gateway.support.TestTokens;
import nl.mensenhandel.platform.security.PlatformJwtDecoders;
import nl.mensenhandel.platform.security.PlatformSecurityProperties;

/**
 * Issue 6 §5, "invalid tokens are throttled before they cost a signature check": after N invalid tokens
 * from one address, its next token is refused with a 429 problem without the decoder being called; another
 * address is unaffected. Addresses come through X-Forwarded-For from the trusted loopback "proxy".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gateway.client-address.trusted-proxies=127.0.0.1,::1",
        "gateway.invalid-tokens.max-failures=5",
        "gateway.invalid-tokens.window=1m" })
@Import(InvalidTokenThrottleTest.CountingDecoder.class)
class InvalidTokenThrottleTest {

    private static final String ATTACKER = "203.0.113.50";
    private static final String OTHER = "198.51.100.50";

    @TestConfiguration
    static class CountingDecoder {

        static final AtomicInteger CALLS = new AtomicInteger();

        /** The platform's own decoder, counted (replaces it: platform-support's bean is conditional on missing). */
        @Bean
        ReactiveJwtDecoder countingJwtDecoder(PlatformSecurityProperties properties) {
            ReactiveJwtDecoder real = PlatformJwtDecoders.create(properties);
            return token -> {
                CALLS.incrementAndGet();
                return real.decode(token);
            };
        }
    }

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        FakeBackends.register(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    ReactiveJwtDecoder decoder;

    WebTestClient http;

    @BeforeEach
    void setUp() {
        http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        FakeBackends.resetServices();
        FakeBackends.service("signal-service").stubFor(any(urlPathMatching("/api/.*"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{}")));
    }

    @Test
    void afterTooManyInvalidTokensTheNextIsRefusedBeforeTheDecoderIsCalled() {
        String forged = TestTokens.builder("mensenhandel-web", "mallory").signedWithUnknownKey().sign();
        int before = CountingDecoder.CALLS.get();
        for (int i = 0; i < 5; i++) {
            call(ATTACKER, forged).expectStatus().isUnauthorized();
        }
        assertThat(CountingDecoder.CALLS.get() - before).isEqualTo(5);

        call(ATTACKER, forged)
                .expectStatus().isEqualTo(429)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value(HttpHeaders.RETRY_AFTER, v -> assertThat(Long.parseLong(v)).isPositive())
                .expectBody().jsonPath("$.type").isEqualTo("urn:mensenhandel:problem:rate-limited");
        // any token from that address, and a forged address to the left does not help
        call(ATTACKER, TestTokens.valid()).expectStatus().isEqualTo(429);
        call("192.0.2.1, " + ATTACKER, forged).expectStatus().isEqualTo(429);
        assertThat(CountingDecoder.CALLS.get() - before).as("no signature checked once blocked").isEqualTo(5);

        // another address is unaffected, and has its own count
        call(OTHER, TestTokens.valid()).expectStatus().isOk();
        call(OTHER, forged).expectStatus().isUnauthorized();
        assertThat(CountingDecoder.CALLS.get() - before).isEqualTo(7);
        // a request without a token costs no check and is answered as before
        http.get().uri("/api/signals").header("X-Forwarded-For", ATTACKER).exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void theDecoderInUseIsTheCountedOne() {
        // guards the test above: if the platform's decoder were used instead, the counts would mean nothing
        int before = CountingDecoder.CALLS.get();
        call("198.51.100.77", TestTokens.valid()).expectStatus().isOk();
        assertThat(CountingDecoder.CALLS.get() - before).isEqualTo(1);
        assertThat(decoder).isNotNull();
    }

    private WebTestClient.ResponseSpec call(String forwardedFor, String token) {
        return http.get().uri("/api/signals").headers(h -> {
            h.setBearerAuth(token);
            h.add("X-Forwarded-For", forwardedFor);
        }).exchange();
    }
}
