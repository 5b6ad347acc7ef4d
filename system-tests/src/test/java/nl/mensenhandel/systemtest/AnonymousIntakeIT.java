package nl.mensenhandel.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

/**
 * Issue 7 capability 3, through the gateway with real tokens: anonymous intake only where a municipality wants a
 * public meldpunt (DOMAIN.md §9). Heemstede chose none (its plan, §3.3.3): a resident is refused with where to
 * report instead and nothing is stored; the regio-beheerder switches it per municipality; signals already
 * received keep their status check.
 */
@ExtendWith(RunningPlatform.class)
class AnonymousIntakeIT {

    static final String CLOSED = "urn:mensenhandel:problem:anonymous-intake-closed";

    static String url(String path) {
        return RunningPlatform.gatewayUrl() + path;
    }

    static Map<String, Object> report(String municipality, String marker) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("municipalityCode", municipality);
        report.put("forms", List.of("ARBEID"));
        report.put("description", "Systeemtest meldpunt " + marker);
        report.put("observedAt", Instant.now().minus(Duration.ofDays(1)).toString());
        return report;
    }

    static List<String> names(JsonNode alternatives) {
        return alternatives.valueStream().map(a -> a.path("name").asString()).toList();
    }

    @Test
    void heemstedeTakesNoAnonymousReportsAResidentIsToldWhereToGoAndNothingIsStored() {
        // the demo data sets Heemstede's choice as its plan states it
        var meldpunt = Api.getPublic(url("/api/public/meldpunten/GM0397"));
        assertThat(meldpunt.status()).as(meldpunt.body()).isEqualTo(200);
        assertThat(meldpunt.json().path("anonymousIntake").asBoolean(true)).isFalse();
        assertThat(names(meldpunt.json().path("alternatives"))).contains("Meld Misdaad Anoniem", "Politie",
                "Nederlandse Arbeidsinspectie");

        String marker = UUID.randomUUID().toString();
        var refused = Api.postPublic(url("/api/public/anonymous-signals"), report("GM0397", marker),
                "systeemtest-meldpunt-" + marker);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = refused.json();
        assertThat(problem.path("type").asString()).isEqualTo(CLOSED);
        assertThat(problem.path("municipalityCode").asString()).isEqualTo("GM0397");
        assertThat(names(problem.path("alternatives"))).contains("Meld Misdaad Anoniem", "Politie");
        assertThat(problem.path("alternatives").valueStream()
                .filter(a -> a.path("name").asString().equals("Meld Misdaad Anoniem")).findFirst().orElseThrow()
                .path("phone").asString()).isEqualTo("0800-7000");
        assertThat(problem.has("caseCode") || problem.has("secret")).isFalse();

        // nothing stored: Heemstede's AF sees no signal with this marker
        var workList = Api.get(url("/api/signals?sort=NEWEST&size=100"), "af.heemstede");
        assertThat(workList.status()).as(workList.body()).isEqualTo(200);
        assertThat(workList.body()).doesNotContain(marker);
    }

    @Test
    void theRegioBeheerderSwitchesItPerMunicipalityAndReceivedSignalsKeepTheirStatusCheck() {
        // Bloemendaal opens …
        AnonymousIntake.open("beheer.kennemerland", "GM0377");
        assertThat(Api.getPublic(url("/api/public/meldpunten/GM0377")).json().path("anonymousIntake").asBoolean())
                .isTrue();
        String marker = UUID.randomUUID().toString();
        var receipt = Api.postPublic(url("/api/public/anonymous-signals"), report("GM0377", marker),
                "systeemtest-meldpunt-open-" + marker);
        assertThat(receipt.status()).as(receipt.body()).isEqualTo(201);

        // … and closes again: new reports are refused, the resident who reported still gets the status
        AnonymousIntake.set("beheer.kennemerland", "GM0377", false);
        var refused = Api.postPublic(url("/api/public/anonymous-signals"), report("GM0377", marker + "-2"), null);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().path("type").asString()).isEqualTo(CLOSED);
        var status = Api.postPublic(url("/api/public/signal-status"), Map.of("caseCode",
                receipt.json().path("caseCode").asString(), "secret", receipt.json().path("secret").asString()), null);
        assertThat(status.status()).as(status.body()).isEqualTo(200);
        assertThat(status.json().path("status").asString()).isEqualTo("ONTVANGEN");

        // only for the regio-beheerder's own region; the list shows the region's municipalities only
        var foreign = Api.put(url("/api/signals/meldpunten/GM0377"), "beheer.zaanstreek",
                Map.of("anonymousIntake", true));
        assertThat(foreign.status()).as(foreign.body()).isEqualTo(404);
        var byAf = Api.put(url("/api/signals/meldpunten/GM0377"), "af.heemstede", Map.of("anonymousIntake", true));
        assertThat(byAf.status()).as(byAf.body()).isEqualTo(403);
        var list = Api.get(url("/api/signals/meldpunten"), "beheer.kennemerland");
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(list.json().valueStream().map(m -> m.path("municipalityCode").asString()).toList())
                .containsExactly("GM0377", "GM0392", "GM0397", "GM0473");
    }
}
