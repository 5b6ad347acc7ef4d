package nl.mensenhandel.gateway.observability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import nl.mensenhandel.gateway.support.FakeBackends;
import nl.mensenhandel.gateway.support.TestTokens;

/**
 * The gateway's actuator lives on its management port only: the public port answers 404 for /actuator/** (no
 * metrics to the internet), the management port serves health and Prometheus metrics. A routed request writes one
 * request line in the trace the client sent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ManagementPortTest {

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        FakeBackends.register(registry);
    }

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Test
    void thePublicPortHasNoActuator() {
        assertThat(managementPort).isNotEqualTo(port);
        WebTestClient publicPort = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        for (String path : new String[] { "/actuator/prometheus", "/actuator/health" }) {
            publicPort.get().uri(path).exchange().expectStatus().isNotFound();
            publicPort.get().uri(path).headers(h -> h.setBearerAuth(TestTokens.valid())).exchange()
                    .expectStatus().isNotFound();
        }
        // the links page: a token is needed to learn that there is nothing
        publicPort.get().uri("/actuator").exchange().expectStatus().isUnauthorized();
        publicPort.get().uri("/actuator").headers(h -> h.setBearerAuth(TestTokens.valid())).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void theManagementPortServesHealthAndPrometheusMetrics() {
        WebTestClient management = WebTestClient.bindToServer().baseUrl("http://localhost:" + managementPort).build();
        management.get().uri("/actuator/health").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        String metrics = management.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(metrics).contains("jvm_memory_used_bytes");
    }

    @Test
    void aRoutedRefusalIsLoggedOnceInTheClientsTraceAndASuccessNot(CapturedOutput output) {
        FakeBackends.service("signal-service").stubFor(any(urlPathMatching("/api/signals/missing.*"))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":404}")));
        FakeBackends.service("signal-service").stubFor(any(urlPathMatching("/api/signals/present.*"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{}")));
        String refusedTrace = "0af7651916cd43dd8448eb211c80319c";
        String succeededTrace = "1af7651916cd43dd8448eb211c80319d";
        call("/api/signals/missing?search=personal", refusedTrace).expectStatus().isNotFound();
        call("/api/signals/present?search=personal", succeededTrace).expectStatus().isOk();
        // the service that answered logs a success; the gateway only what went wrong (platform.request-log.successes)
        assertThat(requestLines(output, succeededTrace)).isEmpty();
        assertThat(requestLines(output, refusedTrace))
                .singleElement().satisfies(line -> assertThat(line)
                        .contains("\"route\":\"signal-service\"", "\"status_code\":404", "\"method\":\"GET\"")
                        // never the path or query (they may hold personal data)
                        .doesNotContain("personal", "/api/signals"));
    }

    private WebTestClient.ResponseSpec call(String path, String traceId) {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build()
                .get().uri(path).headers(h -> {
                    h.setBearerAuth(TestTokens.valid());
                    h.set("traceparent", "00-" + traceId + "-b7ad6b7169203331-01");
                }).exchange();
    }

    private static java.util.List<String> requestLines(CapturedOutput output, String traceId) {
        return output.getOut().lines().filter(line -> line.contains("\"message\":\"Request\""))
                .filter(line -> line.contains(traceId)).toList();
    }
}
