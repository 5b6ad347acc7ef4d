package nl.mensenhandel.systemtest;

import static nl.mensenhandel.systemtest.Api.get;
import static nl.mensenhandel.systemtest.Triage.caseAs;
import static nl.mensenhandel.systemtest.Triage.decide;
import static nl.mensenhandel.systemtest.Triage.decision;
import static nl.mensenhandel.systemtest.Triage.text;
import static nl.mensenhandel.systemtest.Triage.track;
import static nl.mensenhandel.systemtest.Triage.trackOf;
import static nl.mensenhandel.systemtest.Triage.url;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

/**
 * Issue 8 §6 and "done when" (c), commands that are never lost: with care-coordination-service stopped
 * ({@code deploy/local/service stop}), the AF of Rotterdam decides a ZORGTRAJECT — the decision is accepted at
 * once (201) and its care request waits in the casus' outbox ({@code PENDING}) while the dispatcher's attempts
 * fail; when the service is back ({@code deploy/local/service start}), the request arrives once, and the track
 * shows it DELIVERED. The service is started again whatever happens in between.
 */
@ExtendWith(RunningPlatform.class)
class CareOutageIT {

    static final String CARE = "care-coordination-service";
    /** The dispatcher backs off after failed attempts (platform.outbox.backoff): give it a few rounds. */
    static final Duration AFTER_THE_OUTAGE = Duration.ofSeconds(300);

    @Test
    void aDecisionIsAcceptedWhileCareIsDownAndItsCareRequestArrivesOnceWhenCareIsBack() throws Exception {
        String run = UUID.randomUUID().toString();
        String careNeed = "Systeemtest zorg na storing " + run + ": jongeman, schulden bij zijn werkgever, opvang nodig";
        Triage.rotterdamAfDecides();
        String signal = Triage.signal("af.rotterdam", "GM0599", "Systeemtest storing " + run
                + ": uitzendkracht slaapt in een bedrijfsbus");
        String caseId = text(Triage.openCase("af.rotterdam", List.of(signal), List.of("GM0599"),
                "Systeemtest storing " + run, Map.of()), "id");

        RunningPlatform.run("deploy/local/service", "stop", CARE);
        try {
            assertThat(answers("http://localhost:8083/actuator/health")).as(CARE + " is down").isFalse();
            Map<String, Object> afBesluit = decision("AF_BESLUIT", null, List.of("Gemeente Rotterdam"),
                    "Zorgtraject via de zorgcoördinator");
            afBesluit.put("tracks", List.of(track("ZORGTRAJECT", "ZORGCOORDINATOR", "Zorgcoordinatie Rotterdam",
                    careNeed)));
            long started = System.nanoTime();
            var decided = decide("af.rotterdam", caseId, afBesluit);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(decided.status()).as(decided.body()).isEqualTo(201);
            assertThat(took).as("accepted at once, not after the dispatcher's retries").isLessThan(Duration.ofSeconds(10));
            assertThat(trackOf(decided.json(), "ZORGTRAJECT").path("delivery").path("status").asString())
                    .isEqualTo("PENDING");

            // the dispatcher tries (poll interval 5 s) and fails: still pending, nothing lost
            Thread.sleep(Duration.ofSeconds(12));
            JsonNode waiting = caseAs("zc.rotterdam", caseId);
            assertThat(trackOf(waiting, "ZORGTRAJECT").path("delivery").path("status").asString())
                    .isEqualTo("PENDING");
        } finally {
            RunningPlatform.run("deploy/local/service", "start", CARE);
        }

        // care is back: the request arrives, once
        List<JsonNode> arrived = Triage.await("the care request of " + caseId + " after the outage", AFTER_THE_OUTAGE,
                () -> {
                    List<JsonNode> found = Triage.careRequests("zc.rotterdam", caseId);
                    return found.isEmpty() ? null : found;
                });
        assertThat(arrived).hasSize(1);
        assertThat(text(arrived.getFirst(), "careNeed")).isEqualTo(careNeed);
        JsonNode delivered = Triage.await("the track's delivery DELIVERED", Triage.DELIVERY, () -> {
            JsonNode detail = caseAs("zc.rotterdam", caseId);
            return "DELIVERED".equals(trackOf(detail, "ZORGTRAJECT").path("delivery").path("status").asString())
                    ? detail : null;
        });
        assertThat(trackOf(delivered, "ZORGTRAJECT").path("delivery").path("deliveredAt").asString("")).isNotBlank();
        // a few dispatcher rounds later it is still there once: no duplicate from the attempts during the outage
        Thread.sleep(Duration.ofSeconds(12));
        assertThat(Triage.careRequests("zc.rotterdam", caseId)).hasSize(1);
        assertThat(get(url("/api/care/requests?size=100"), "zc.rotterdam").body()).contains(caseId);
    }

    private static boolean answers(String healthUrl) {
        try {
            return get(healthUrl, null).status() > 0;
        } catch (java.io.UncheckedIOException refused) {
            return false;
        }
    }
}
