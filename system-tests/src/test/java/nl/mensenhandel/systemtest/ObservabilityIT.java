package nl.mensenhandel.systemtest;

import static nl.mensenhandel.systemtest.MeldrouteIT.created;
import static nl.mensenhandel.systemtest.MeldrouteIT.professional;
import static nl.mensenhandel.systemtest.MeldrouteIT.read;
import static nl.mensenhandel.systemtest.MeldrouteIT.text;
import static nl.mensenhandel.systemtest.MeldrouteIT.transition;
import static nl.mensenhandel.systemtest.MeldrouteIT.url;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tools.jackson.databind.JsonNode;

/**
 * Issue 12 §6 against the running platform: one trace from the client through the gateway into signal-service and,
 * through signal-service's outbox and its generated Feign client, into triage-service — the trace id in each one's
 * log (deploy/local/.run/logs/); a request without a trace gets one at the gateway that the services continue. The
 * gateway's own log has a line for what it refuses (its successes are logged by the service that answered).
 * Prometheus metrics on every service's own port and the gateway's management port, none on the gateway's public
 * port.
 */
@ExtendWith(RunningPlatform.class)
class ObservabilityIT {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void theClientsTraceRunsThroughTheGatewaySignalServiceAndTriageService() throws Exception {
        String traceId = HexFormat.of().formatHex(RANDOM.generateSeed(16));
        String traceparent = "00-" + traceId + "-" + HexFormat.of().formatHex(RANDOM.generateSeed(8)) + "-01";
        String submissionId = submitTwoSignals(Map.of("traceparent", traceparent));

        // signal-service's request line and its outbox delivery's line (same trace), triage-service's request line
        // for the open-case command it received from signal-service. The gateway logs only what it refuses, fails
        // or answers slowly (platform.request-log.successes=false): a request it refuses in the same trace has the
        // client's trace id in the gateway's line
        Api.Response refused = Api.call("GET", url("/api/signals"), null, null, Map.of("traceparent", traceparent));
        assertThat(refused.status()).isEqualTo(401);
        assertThat(awaitLine("gateway", line -> traceId.equals(line.path("traceId").asString(""))
                && line.path("http").path("response").path("status_code").asInt() == 401))
                .as("the gateway's line for the refusal, in the client's trace").isNotNull();
        assertThat(awaitLine("signal-service", line -> traceId.equals(line.path("traceId").asString(""))
                && "/api/signals/submissions".equals(line.path("http").path("route").asString(""))))
                .as("signal-service request line").isNotNull();
        assertThat(awaitLine("signal-service", line -> traceId.equals(line.path("traceId").asString(""))
                && line.path("message").asString("").startsWith("submission " + submissionId + ": casus")))
                .as("signal-service's outbox delivery, in the request's trace").isNotNull();
        assertThat(awaitLine("triage-service", line -> traceId.equals(line.path("traceId").asString(""))
                && "/api/cases".equals(line.path("http").path("route").asString(""))
                && "POST".equals(line.path("http").path("request").path("method").asString(""))))
                .as("triage-service request line").isNotNull();
    }

    @Test
    void aRequestWithoutATraceGetsOneAtTheGatewayThatTheServicesContinue() throws Exception {
        String submissionId = submitTwoSignals(Map.of());
        JsonNode delivered = awaitLine("signal-service",
                line -> line.path("message").asString("").startsWith("submission " + submissionId + ": casus"));
        assertThat(delivered).as("signal-service's outbox delivery line").isNotNull();
        String traceId = delivered.path("traceId").asString("");
        assertThat(traceId).matches("[0-9a-f]{32}").isNotEqualTo("0".repeat(32));
        assertThat(awaitLine("signal-service", line -> traceId.equals(line.path("traceId").asString(""))
                && "/api/signals/submissions".equals(line.path("http").path("route").asString(""))))
                .as("signal-service's request line, in the trace the gateway passed on").isNotNull();
        assertThat(awaitLine("triage-service", line -> traceId.equals(line.path("traceId").asString(""))))
                .as("triage-service continued it").isNotNull();
        // that the gateway is the one that starts it is GatewayRoutingTest's traceparentIsCreatedWhenAbsent: its
        // successes leave no line in the gateway's log
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "signal-service,8081", "triage-service,8082", "care-coordination-service,8083",
            "enforcement-service,8084", "monitor-service,8085", "gateway (management port),8090" })
    void prometheusMetricsOnEachComponentsOwnPort(String component, int port) {
        Api.Response metrics = Api.get("http://localhost:" + port + "/actuator/prometheus", null);
        assertThat(metrics.status()).as(component).isEqualTo(200);
        assertThat(metrics.body()).as(component).contains("jvm_memory_used_bytes", "http_server_requests_seconds");
    }

    @Test
    void noMetricsThroughTheGatewaysPublicPort() {
        for (String path : List.of("/actuator/prometheus", "/actuator/health", "/actuator/metrics")) {
            assertThat(Api.get(url(path), null).status()).as(path + " without a token").isIn(401, 404);
            assertThat(Api.get(url(path), "af.zaanstad").status()).as(path).isEqualTo(404);
        }
        assertThat(Api.get(url("/actuator/prometheus"), null).status()).isEqualTo(404);
        // no route leads to a service's actuator either
        assertThat(Api.get(url("/api/signals/../actuator/prometheus"), "af.zaanstad").body())
                .doesNotContain("jvm_memory_used_bytes");
    }

    /** The AF of Zaanstad submits two taken-up signals to the table (SubmitToTriageIT); the submission's id. */
    private static String submitTwoSignals(Map<String, String> headers) throws InterruptedException {
        String marker = "Systeemtest tracing " + UUID.randomUUID();
        String first = takenUp(marker + " (eerste)");
        String second = takenUp(marker + " (tweede)");
        Api.Response submitted = Api.call("POST", url("/api/signals/submissions"), Api.token("af.zaanstad"),
                Api.JSON.writeValueAsString(Map.of("signalIds", List.of(first, second), "summary", marker)),
                merged(headers, Map.of("Idempotency-Key", "trace-" + first)));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        awaitCaseReference(first);
        return text(submitted.json(), "id");
    }

    private static Map<String, String> merged(Map<String, String> a, Map<String, String> b) {
        Map<String, String> all = new java.util.HashMap<>(a);
        all.putAll(b);
        return all;
    }

    private static String takenUp(String description) {
        String id = created(Api.post(url("/api/signals"), "melder.zaanstad", professional("GM0479", description), null));
        transition("af.zaanstad", id, Map.of("to", "IN_VERRIJKING", "reason", "Systeemtest: navragen"), 200);
        return id;
    }

    private static void awaitCaseReference(String signalId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!read("af.zaanstad", signalId).has("caseReference") && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        assertThat(read("af.zaanstad", signalId).has("caseReference")).as("casus opened for " + signalId).isTrue();
    }

    /** The first structured line of a component's log that matches, waiting up to 20 s for it; null if none. */
    static JsonNode awaitLine(String component, Predicate<JsonNode> matches) throws IOException, InterruptedException {
        Path log = RunningPlatform.root().resolve("deploy/local/.run/logs/" + component + ".log");
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        do {
            if (Files.exists(log)) {
                for (String line : Files.readAllLines(log)) {
                    if (line.startsWith("{")) {
                        JsonNode json = parse(line);
                        if (json != null && matches.test(json)) {
                            return json;
                        }
                    }
                }
            }
            Thread.sleep(500);
        } while (System.nanoTime() < deadline);
        return null;
    }

    private static JsonNode parse(String line) {
        try {
            return Api.JSON.readTree(line);
        } catch (RuntimeException e) {
            return null; // a line cut while being written
        }
    }
}
