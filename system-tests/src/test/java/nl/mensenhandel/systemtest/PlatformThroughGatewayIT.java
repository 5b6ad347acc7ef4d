package nl.mensenhandel.systemtest;

import static nl.mensenhandel.systemtest.Api.get;
import static nl.mensenhandel.systemtest.Api.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

/**
 * The walking skeleton end to end: real Keycloak tokens, through the gateway, into every service and
 * its store. Only the last test stops something (a service), and it restores it with {@code up}.
 */
@ExtendWith(RunningPlatform.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformThroughGatewayIT {

    private static String signals() {
        return RunningPlatform.gatewayUrl() + "/api/signals";
    }

    private static Map<String, Object> signal(String municipality) {
        return Map.of("municipalityCode", municipality, "forms", List.of("SEKSUEEL"),
                "sourceType", "PROFESSIONAL", "description", "Systeemtest: signaal via de meldroute",
                "observedAt", Instant.now().minus(Duration.ofDays(2)).toString(),
                "reporter", Map.of("contact", "meldpunt@zaanstad.example"));
    }

    @Test
    @Order(1)
    void tokensCarryTheTenantClaims() {
        String[] parts = Api.token("af.zaanstad").split("\\.");
        JsonNode claims = Api.JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));

        assertThat(claims.get("region").asString()).isEqualTo("zaanstreek-waterland");
        assertThat(claims.get("municipalities").isArray()).isTrue();
        assertThat(claims.get("municipalities").get(0).asString()).isEqualTo("GM0479");
        assertThat(claims.get("realm_access").get("roles").toString()).contains("aandachtsfunctionaris");
        assertThat(claims.get("aud").toString()).contains("mensenhandel-api");
    }

    @Test
    @Order(2)
    void aSignalIsCreatedReadBackAndListed() {
        var created = post(signals(), "melder.zaanstad", signal("GM0479"), null);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String location = created.header("Location");
        assertThat(location).matches("/api/signals/[0-9a-f-]{36}");
        assertThat(created.json().get("status").asString()).isEqualTo("ONTVANGEN");
        assertThat(created.header("X-Request-Id")).isNotBlank();

        var read = get(RunningPlatform.gatewayUrl() + location, "af.zaanstad");
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().get("id").asString()).isEqualTo(created.json().get("id").asString());
        assertThat(read.json().get("createdBy").asString()).isEqualTo("melder.zaanstad");

        var list = get(signals() + "?size=100", "af.zaanstad");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("items").findValuesAsString("id")).contains(read.json().get("id").asString());
        assertThat(list.json().get("items").findValuesAsString("municipalityCode")).containsOnly("GM0479");
    }

    @Test
    @Order(3)
    void withoutATokenTheGatewayAnswers401Problem() {
        var response = get(signals(), null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).isEqualTo("urn:mensenhandel:problem:unauthenticated");
    }

    @Test
    @Order(4)
    void aWrongRoleGets403() {
        // a handhaver reports since issue 7 §1; the policy director does not
        var create = post(signals(), "regisseur.zaanstreek", signal("GM0479"), null);
        assertThat(create.status()).as(create.body()).isEqualTo(403);
        assertThat(create.json().get("type").asString()).isEqualTo("urn:mensenhandel:problem:forbidden");

        assertThat(get(signals(), "zc.zaanstreek").status()).isEqualTo(403);
    }

    @Test
    @Order(5)
    void aSignalOfAnotherRegionAnswers404() {
        String id = post(signals(), "melder.zaanstad", signal("GM0479"), null).json().get("id").asString();

        var fromKennemerland = get(signals() + "/" + id, "af.heemstede");
        assertThat(fromKennemerland.status()).isEqualTo(404);
        assertThat(fromKennemerland.body()).doesNotContain("Systeemtest");

        // the same region but a municipality the AF does not serve: need to know says not found, too
        assertThat(get(signals() + "/" + id, "af.purmerend").status()).isEqualTo(404);
    }

    @Test
    @Order(6)
    void anInvalidBodyAnswers400NamingTheField() {
        Map<String, Object> invalid = Map.of("municipalityCode", "GM0479", "forms", List.of("SEKSUEEL"),
                "sourceType", "FLUISTERAAR", "description", "x", "observedAt", Instant.now().toString());

        var response = post(signals(), "melder.zaanstad", invalid, null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("type").asString()).isEqualTo("urn:mensenhandel:problem:validation");
        assertThat(response.json().get("errors").findValuesAsString("field")).contains("sourceType");
    }

    @Test
    @Order(7)
    void theSameIdempotencyKeyTwiceCreatesOneSignal() {
        String key = "system-test-" + UUID.randomUUID();
        Map<String, Object> body = signal("GM0479");

        var first = post(signals(), "melder.zaanstad", body, key);
        var retry = post(signals(), "melder.zaanstad", body, key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
        long withThatId = get(signals() + "?size=100", "af.zaanstad").json().get("items")
                .findValuesAsString("id").stream().filter(first.json().get("id").asString()::equals).count();
        assertThat(withThatId).isEqualTo(1);
    }

    @Test
    @Order(8)
    void everyServiceIsRoutedAndServesItsFirstRead() {
        Map<String, String> readsByUser = Map.of(
                "/api/cases", "casustafel.zaanstreek",
                "/api/care/placements", "zc.zaanstreek",
                "/api/enforcement/inspections", "handhaver.zaanstad",
                "/api/monitor/municipalities", "regisseur.zaanstreek");
        readsByUser.forEach((path, user) -> {
            var response = get(RunningPlatform.gatewayUrl() + path, user);
            assertThat(response.status()).as(path + " " + response.body()).isEqualTo(200);
        });
        assertThat(get(RunningPlatform.gatewayUrl() + "/api/monitor/municipalities", "regisseur.zaanstreek").body())
                .contains("GM0479").doesNotContain("GM0397");
    }

    @Test
    @Order(9)
    void aServiceCalledDirectlyWithoutATokenAnswers401() {
        Map<Integer, String> services = Map.of(8081, "/api/signals", 8082, "/api/cases", 8083,
                "/api/care/placements", 8084, "/api/enforcement/inspections", 8085, "/api/monitor/municipalities");
        services.forEach((port, path) -> {
            var response = get("http://localhost:" + port + path, null);
            assertThat(response.status()).as("port " + port).isEqualTo(401);
        });
        // a forged identity header does not help either: only a valid token counts
        var forged = Api.send(HttpRequest.newBuilder(URI.create("http://localhost:8081/api/signals"))
                .header("X-Region", "zaanstreek-waterland").header("X-Roles", "aandachtsfunctionaris").GET());
        assertThat(forged.status()).isEqualTo(401);
    }

    @Test
    @Order(100)
    void aStoppedServiceGives503ProblemFromTheGatewayNotAHang() throws Exception {
        Path pidFile = RunningPlatform.root().resolve("deploy/local/.run/pids/enforcement-service.pid");
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        ProcessHandle service = ProcessHandle.of(pid).orElseThrow();
        service.destroy();
        service.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);

        try {
            long started = System.nanoTime();
            var response = get(RunningPlatform.gatewayUrl() + "/api/enforcement/inspections", "handhaver.zaanstad");
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(response.status()).isEqualTo(503);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.json().get("type").asString())
                    .isEqualTo("urn:mensenhandel:problem:service-unavailable");
            assertThat(took).isLessThan(Duration.ofSeconds(15));
            // the other routes are unaffected
            assertThat(get(signals(), "af.zaanstad").status()).isEqualTo(200);
        } finally {
            // up restarts exactly what is missing
            RunningPlatform.run("deploy/local/up");
        }
        assertThat(get(RunningPlatform.gatewayUrl() + "/api/enforcement/inspections", "handhaver.zaanstad").status())
                .isEqualTo(200);
    }
}
