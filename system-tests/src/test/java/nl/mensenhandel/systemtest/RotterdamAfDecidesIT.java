package nl.mensenhandel.systemtest;

import static nl.mensenhandel.systemtest.Api.get;
import static nl.mensenhandel.systemtest.Api.post;
import static nl.mensenhandel.systemtest.Triage.caseAs;
import static nl.mensenhandel.systemtest.Triage.decide;
import static nl.mensenhandel.systemtest.Triage.decision;
import static nl.mensenhandel.systemtest.Triage.text;
import static nl.mensenhandel.systemtest.Triage.track;
import static nl.mensenhandel.systemtest.Triage.trackOf;
import static nl.mensenhandel.systemtest.Triage.url;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

/**
 * Issue 8 §1 and "done when" (e), Rotterdam's model ("van signaal naar casuïstiek"), through the gateway with real
 * Keycloak tokens: the regio-beheerder configures no table and lets the AF decide; a casus the AF opens waits at
 * no table; the AF decides alone ({@code AF_BESLUIT}), with ESSM's advice, and opens a ZORGTRAJECT that reaches
 * Rotterdam's zorgcoördinator. A meeting of a table Rotterdam does not have is refused (422), and where a region
 * weighs at a table the AF may not decide alone (422).
 */
@ExtendWith(RunningPlatform.class)
class RotterdamAfDecidesIT {

    @Test
    void theAfOfRotterdamOpensAZorgtrajectWithoutATableWithEssmAdvice() {
        String run = UUID.randomUUID().toString();
        String careNeed = "Systeemtest zorgbehoefte Rotterdam " + run + ": man met schulden bij een koppelbaas";

        JsonNode configuration = Triage.rotterdamAfDecides();
        assertThat(text(configuration, "source")).isEqualTo("STORED");
        assertThat(configuration.path("afDecidesWithoutTable").asBoolean(false)).isTrue();
        var read = get(url("/api/triage/configuration"), "af.rotterdam");
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().path("steps").size()).isZero();
        assertThat(text(read.json(), "region")).isEqualTo("rotterdam");

        String signal = Triage.signal("af.rotterdam", "GM0599", "Systeemtest Rotterdam " + run
                + ": arbeidsmigranten betalen huur aan hun werkgever");
        JsonNode casus = Triage.openCase("af.rotterdam", List.of(signal), List.of("GM0599"),
                "Systeemtest Rotterdam " + run, Map.of());
        String caseId = text(casus, "id");
        assertThat(casus.has("table")).as("no table in Rotterdam: " + casus).isFalse();
        assertThat(text(casus, "reference")).matches("RT-\\d{4}-\\d{4,}");

        // the AF decides alone, with ESSM's advice, and opens a care track for Rotterdam's zorgcoördinator
        Map<String, Object> afBesluit = decision("AF_BESLUIT", null, List.of("Gemeente Rotterdam"),
                "Slachtofferschap aannemelijk; zorg via de zorgcoördinator");
        afBesluit.put("advice", List.of(Map.of("from", "ESSM", "summary", "Advies: opvang en begeleiding")));
        Map<String, Object> care = track("ZORGTRAJECT", "ZORGCOORDINATOR", "Zorgcoordinatie Rotterdam", careNeed);
        care.put("regiehouder", Map.of("kind", "ZORGCOORDINATOR", "organisation", "Zorgcoordinatie Rotterdam",
                "username", "zc.rotterdam"));
        afBesluit.put("tracks", List.of(care));
        var decided = decide("af.rotterdam", caseId, afBesluit);
        assertThat(decided.status()).as(decided.body()).isEqualTo(201);

        JsonNode asAf = caseAs("af.rotterdam", caseId);
        assertThat(text(asAf.path("casus"), "status")).isEqualTo("SPOREN_LOPEN");
        JsonNode recorded = asAf.path("decisions").get(0);
        assertThat(text(recorded, "form")).isEqualTo("AF_BESLUIT");
        assertThat(text(recorded, "decidedBy")).isEqualTo("af.rotterdam");
        assertThat(recorded.path("advice").get(0).path("from").asString()).isEqualTo("ESSM");
        assertThat(recorded.has("meetingId")).isFalse();
        JsonNode afTrack = trackOf(asAf, "ZORGTRAJECT");
        assertThat(afTrack.path("regiehouder").path("username").asString()).isEqualTo("zc.rotterdam");
        assertThat(text(afTrack, "status")).isEqualTo("GEOPEND");

        // Rotterdam's zorgcoördinator: the casus with the care details, and the care request, once
        assertThat(text(trackOf(caseAs("zc.rotterdam", caseId), "ZORGTRAJECT"), "details")).isEqualTo(careNeed);
        List<JsonNode> requests = Triage.await("the care request of " + caseId, Triage.DELIVERY, () -> {
            List<JsonNode> found = Triage.careRequests("zc.rotterdam", caseId);
            return found.isEmpty() ? null : found;
        });
        assertThat(requests).hasSize(1);
        assertThat(text(requests.getFirst(), "careNeed")).isEqualTo(careNeed);
        assertThat(text(requests.getFirst(), "region")).isEqualTo("rotterdam");
        // another region's zorgcoördinator finds neither
        assertThat(get(url("/api/cases/" + caseId), "zc.zaanstreek").status()).isEqualTo(404);
        assertThat(get(url("/api/care/requests?size=100"), "zc.zaanstreek").body()).doesNotContain(caseId);
    }

    @Test
    void aMeetingOfATableTheRegionDoesNotHaveIsRefused() {
        Triage.rotterdamAfDecides();
        var meeting = post(url("/api/triage/meetings"), "af.rotterdam", Map.of("tableId", "casustafel-rotterdam",
                "form", "OVERLEG", "scheduledAt", Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS)
                        .toString()), "rotterdam-no-table-" + UUID.randomUUID());
        assertThat(meeting.status()).as(meeting.body()).isEqualTo(422);
        assertThat(meeting.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void whereTheRegionWeighsAtATableTheAfDoesNotDecideAlone() {
        String run = UUID.randomUUID().toString();
        String signal = Triage.signal("melder.zaanstad", "GM0479", "Systeemtest geen AF-besluit " + run);
        String caseId = text(Triage.openCase("af.zaanstad", List.of(signal), List.of("GM0479"),
                "Systeemtest geen AF-besluit " + run, Map.of()), "id");
        Map<String, Object> alone = decision("AF_BESLUIT", null, List.of("Gemeente Zaanstad"), "Zelf besloten");
        alone.put("tracks", List.of(track("REGULIERE_HULP", "AANDACHTSFUNCTIONARIS", "Gemeente Zaanstad", null)));
        var refused = decide("af.zaanstad", caseId, alone);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(text(caseAs("af.zaanstad", caseId).path("casus"), "status")).isEqualTo("AANGEMELD");
    }
}
