package nl.mensenhandel.gateway.clientaddress;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import nl.mensenhandel.gateway.support.FakeBackends;
import nl.mensenhandel.gateway.support.TestTokens;

/**
 * Behind a trusted proxy (here: the test itself, on the loopback address), the client address comes from
 * X-Forwarded-For as far as trusted proxies wrote it: the per-address public limit counts that client,
 * whatever it writes to the left, and the services receive exactly that one address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gateway.client-address.trusted-proxies=127.0.0.1/32, ::1",
        "gateway.rate-limit.public-routes.replenish-rate=1",
        "gateway.rate-limit.public-routes.burst-capacity=3" })
class ClientAddressTest {

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
    void theServiceReceivesExactlyTheResolvedAddressAndNoOtherForwardingHeader() {
        http.get().uri("/api/signals").headers(h -> {
            h.setBearerAuth(TestTokens.valid());
            h.add("X-Forwarded-For", "6.6.6.6, 203.0.113.21");
            h.add("Forwarded", "for=7.7.7.7");
            h.add("X-Real-IP", "8.8.8.8");
        }).exchange().expectStatus().isOk();

        LoggedRequest received = lastRequestToSignals();
        assertThat(received.getHeaders().getHeader("X-Forwarded-For").values()).containsExactly("203.0.113.21");
        assertThat(received.containsHeader("Forwarded")).isFalse();
        assertThat(received.containsHeader("X-Real-IP")).isFalse();
    }

    @Test
    void thePublicLimitCountsTheResolvedClientWhateverItWritesToTheLeft() {
        int denied = 0;
        for (int i = 0; i < 8; i++) {
            String spoofed = "198.18.0." + (i + 1);
            int status = statusCheck(spoofed + ", 203.0.113.22");
            denied += status == 429 ? 1 : 0;
        }
        assertThat(denied).as("one client, however many addresses it claims").isGreaterThanOrEqualTo(4);
        // another client behind the same proxy has its own budget
        assertThat(statusCheck("203.0.113.23")).isEqualTo(200);
    }

    private int statusCheck(String forwardedFor) {
        return http.post().uri("/api/public/signal-status")
                .header("X-Forwarded-For", forwardedFor)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"caseCode\":\"MH-AB12-CD34\",\"secret\":\"s3cret-s3cret\"}")
                .exchange().expectBody().returnResult().getStatus().value();
    }

    private static LoggedRequest lastRequestToSignals() {
        List<LoggedRequest> requests = FakeBackends.service("signal-service").getAllServeEvents().stream()
                .map(e -> e.getRequest()).toList();
        assertThat(requests).isNotEmpty();
        return requests.get(0);
    }
}
