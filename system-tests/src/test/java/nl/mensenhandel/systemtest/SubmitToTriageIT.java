package nl.mensenhandel.systemtest;

import static nl.mensenhandel.systemtest.Api.get;
import static nl.mensenhandel.systemtest.Api.post;
import static nl.mensenhandel.systemtest.MeldrouteIT.created;
import static nl.mensenhandel.systemtest.MeldrouteIT.professional;
import static nl.mensenhandel.systemtest.MeldrouteIT.read;
import static nl.mensenhandel.systemtest.MeldrouteIT.text;
import static nl.mensenhandel.systemtest.MeldrouteIT.transition;
import static nl.mensenhandel.systemtest.MeldrouteIT.url;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

/**
 * Issue 7 §8, through the gateway with real Keycloak tokens: the AF of Zaanstad submits two signals to the
 * table; signal-service records the submission and delivers the open-case command to triage-service with
 * its service account on behalf of the AF; triage-service opens one casus (listCases shows it); both signals
 * are TER_WEGING with the case reference; the casustafel of the region reads their outline, the casustafel
 * of another region gets 404; triage-service's access log names the service account and the AF.
 */
@ExtendWith(RunningPlatform.class)
class SubmitToTriageIT {

    static final List<String> NOT_IN_THE_OUTLINE = List.of("description", "reporter", "location", "persons",
            "indicators", "enrichments", "history", "links", "createdBy", "feedback", "forwardedTo");

    @Test
    void anAfSubmitsTwoSignalsTriageOpensOneCasusAndTheTableReadsTheirOutline() throws InterruptedException {
        String marker = "Systeemtest casustafel " + UUID.randomUUID();
        String first = taken_up(marker + " (eerste)");
        String second = taken_up(marker + " (tweede)");
        String summary = "Twee signalen over hetzelfde pand " + UUID.randomUUID();

        var submitted = post(url("/api/signals/submissions"), "af.zaanstad",
                Map.of("signalIds", List.of(first, second), "summary", summary), "submit-" + first);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        String submissionId = text(submitted.json(), "id");
        // a retry of the request records nothing new
        var retried = post(url("/api/signals/submissions"), "af.zaanstad",
                Map.of("signalIds", List.of(first, second), "summary", summary), "submit-" + first);
        assertThat(retried.status()).as(retried.body()).isEqualTo(200);
        assertThat(text(retried.json(), "id")).isEqualTo(submissionId);

        // both signals at the table, with the casus triage-service opened
        JsonNode a = awaitCaseReference("af.zaanstad", first);
        JsonNode b = awaitCaseReference("af.zaanstad", second);
        String reference = text(a, "caseReference");
        assertThat(reference).matches("ZW-\\d{4}-\\d{4,}");
        assertThat(text(b, "caseReference")).isEqualTo(reference);
        assertThat(text(a, "status")).isEqualTo("TER_WEGING");
        assertThat(text(b, "status")).isEqualTo("TER_WEGING");

        // one casus in triage-service, on the table's agenda, with both signals
        var cases = get(url("/api/cases?size=100"), "casustafel.zaanstreek");
        assertThat(cases.status()).as(cases.body()).isEqualTo(200);
        List<JsonNode> ours = cases.json().path("items").valueStream()
                .filter(c -> reference.equals(c.path("reference").asString(""))).toList();
        assertThat(ours).hasSize(1);
        JsonNode casus = ours.getFirst();
        assertThat(text(casus, "status")).isEqualTo("AANGEMELD");
        assertThat(text(casus, "municipalityCode")).isEqualTo("GM0479");
        assertThat(casus.path("signalIds").valueStream().map(n -> n.asString()).toList())
                .containsExactlyInAnyOrder(first, second);
        assertThat(text(casus, "summary")).isEqualTo(summary);
        assertThat(casus.path("table").path("id").asString("")).isNotBlank();
        // the AF sees it too; the other region's table does not
        assertThat(get(url("/api/cases?size=100"), "af.zaanstad").body()).contains(reference);
        assertThat(get(url("/api/cases?size=100"), "casustafel.kennemerland").body()).doesNotContain(reference, first);

        // the table reads the outline of a signal on its agenda; the other region's table 404
        var outline = get(url("/api/signals/" + first), "casustafel.zaanstreek");
        assertThat(outline.status()).as(outline.body()).isEqualTo(200);
        assertThat(outline.json().path("outlineOnly").asBoolean(false)).isTrue();
        assertThat(text(outline.json(), "caseReference")).isEqualTo(reference);
        for (String field : NOT_IN_THE_OUTLINE) {
            assertThat(outline.json().has(field)).as(field + " in the table's outline").isFalse();
        }
        assertThat(outline.body()).doesNotContain(marker, "melder.zaanstad", "af.zaanstad");
        var otherRegion = get(url("/api/signals/" + first), "casustafel.kennemerland");
        assertThat(otherRegion.status()).as(otherRegion.body()).isEqualTo(404);
        assertThat(otherRegion.body()).doesNotContain(marker, reference);

        // triage-service's access log: the service account opened it, on behalf of the AF
        String caseId = text(casus, "id");
        var log = get(url("/api/audit/triage-service/entries?resourceId=" + caseId), "privacy.zaanstreek");
        assertThat(log.status()).as(log.body()).isEqualTo(200);
        JsonNode created = log.json().path("items").valueStream()
                .filter(e -> "CREATE".equals(e.path("action").asString(""))).findFirst().orElseThrow();
        assertThat(text(created, "client")).isEqualTo("signal-service");
        assertThat(text(created, "actorUsername")).isEqualTo("service-account-signal-service");
        assertThat(text(created, "onBehalfOf")).isEqualTo(subjectOf("af.zaanstad"));
    }

    @Test
    void onlyTheSignalServiceAccountMayActOnBehalfOfSomeoneElse() {
        String signal = taken_up("Systeemtest namens " + UUID.randomUUID());
        var forged = post(url("/api/cases"), "af.purmerend", Map.of("signalIds", List.of(signal),
                "municipalityCodes", List.of("GM0439"), "summary", "Systeemtest namens een ander",
                "onBehalfOf", Map.of("subject", subjectOf("af.zaanstad"), "region", "zaanstreek-waterland",
                        "municipalities", List.of("GM0479"))), null);
        assertThat(forged.status()).as(forged.body()).isEqualTo(403);
    }

    /** A PROFESSIONAL signal in Zaanstad that the AF has taken up (IN_VERRIJKING). */
    private static String taken_up(String description) {
        String id = created(post(url("/api/signals"), "melder.zaanstad", professional("GM0479", description), null));
        transition("af.zaanstad", id, Map.of("to", "IN_VERRIJKING", "reason", "Systeemtest: navragen"), 200);
        return id;
    }

    /** Delivery runs from the outbox: at once when triage-service is up, so this waits seconds at most. */
    private static JsonNode awaitCaseReference(String user, String id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonNode signal = read(user, id);
        while (!signal.has("caseReference") && System.nanoTime() < deadline) {
            Thread.sleep(250);
            signal = read(user, id);
        }
        assertThat(signal.has("caseReference")).as("caseReference on " + id + ": " + signal).isTrue();
        return signal;
    }

    /** The {@code sub} of a demo user's access token (payload of the JWT). */
    private static String subjectOf(String user) {
        String payload = Api.token(user).split("\\.")[1];
        String json = new String(java.util.Base64.getUrlDecoder().decode(payload), java.nio.charset.StandardCharsets.UTF_8);
        return Api.JSON.readTree(json).path("sub").asString();
    }
}
