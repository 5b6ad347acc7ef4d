package nl.mensenhandel.systemtest;

import static nl.mensenhandel.systemtest.Api.get;
import static nl.mensenhandel.systemtest.Api.post;
import static nl.mensenhandel.systemtest.Triage.agendaItem;
import static nl.mensenhandel.systemtest.Triage.decide;
import static nl.mensenhandel.systemtest.Triage.decision;
import static nl.mensenhandel.systemtest.Triage.schedule;
import static nl.mensenhandel.systemtest.Triage.text;
import static nl.mensenhandel.systemtest.Triage.track;
import static nl.mensenhandel.systemtest.Triage.url;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

/**
 * Issue 8 §7 and "done when" (d), the urgent path (snel acteren), through the gateway with real Keycloak tokens:
 * the AF of Zaanstad opens a casus flagged urgent with the acute intervention already taken; within that one
 * request the AFs of Zaanstad and the table's members have the notification in their inbox — the very next request
 * finds it, no waiting — and the casus goes first on the agenda of the table's next meeting. The decision taken
 * there counts in the figures the monitor reads (issue 8 §8), for its own region only.
 */
@ExtendWith(RunningPlatform.class)
class UrgentCaseIT {

    static final String TABLE = "zvh-zaanstreek-waterland";

    @Test
    void anUrgentCasusNotifiesTheAfsAndTheTableWithinOneRequestAndGoesFirstOnTheNextMeeting() {
        String run = UUID.randomUUID().toString();
        String acute = "Systeemtest acuut " + run + ": politie heeft twee minderjarigen uit de woning gehaald";
        String signal = Triage.signal("melder.zaanstad", "GM0479", "Systeemtest spoedcasus " + run
                + ": kinderen werken 's nachts in een loods");
        Triage.takeUp("af.zaanstad", signal);

        // urgent without the acute intervention taken: refused, nothing opened
        var withoutIntervention = post(url("/api/cases"), "af.zaanstad", Map.of("signalIds", List.of(signal),
                "municipalityCodes", List.of("GM0479"), "summary", "Systeemtest spoedcasus " + run, "urgent", true),
                "urgent-without-" + run);
        assertThat(withoutIntervention.status()).as(withoutIntervention.body()).isIn(400, 422);

        JsonNode casus = Triage.openCase("af.zaanstad", List.of(signal), List.of("GM0479"),
                "Systeemtest spoedcasus " + run, Map.of("urgent", true, "acuteInterventions", List.of(Map.of(
                        "by", "POLITIE_OM", "description", acute,
                        "takenAt", Instant.now().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS).toString()))));
        String caseId = text(casus, "id");
        assertThat(casus.path("urgent").asBoolean(false)).isTrue();

        // the very next request: in the inboxes of Zaanstad's AF and the table — no polling
        for (String user : List.of("af.zaanstad", "casustafel.zaanstreek")) {
            JsonNode notification = about(user, caseId);
            assertThat(notification).as(user + "'s inbox holds the urgent casus " + caseId).isNotNull();
            assertThat(text(notification, "kind")).isNotBlank();
            assertThat(notification.path("read").asBoolean(true)).isFalse();
            assertThat(notification.toString()).as("minimal content").doesNotContain(run, "minderjarigen");
        }
        assertThat(about("af.purmerend", caseId)).as("another municipality's AF").isNull();
        assertThat(about("casustafel.kennemerland", caseId)).as("another region's table").isNull();

        // first on the agenda of the table's next meeting: before every casus that is not urgent
        JsonNode meeting = schedule("casustafel.zaanstreek", TABLE, "OVERLEG");
        List<JsonNode> agenda = new ArrayList<>();
        meeting.path("agenda").forEach(agenda::add);
        int at = -1;
        for (int i = 0; i < agenda.size(); i++) {
            if (caseId.equals(text(agenda.get(i), "caseId"))) {
                at = i;
            }
        }
        assertThat(at).as("the urgent casus on the agenda: " + meeting).isNotNegative();
        assertThat(agenda.get(at).path("urgent").asBoolean(false)).isTrue();
        assertThat(agenda.subList(0, at)).as("only urgent casussen before it").allSatisfy(
                item -> assertThat(item.path("urgent").asBoolean(false)).isTrue());
        assertThat(agendaItem(meeting, caseId)).isNotNull();

        // decided in that meeting: the monitor's figures count the decision, in Zaanstreek-Waterland only
        long before = decisions("monitor.zaanstreek", "ZORGTRAJECT");
        long elsewhere = decisions("monitor.kennemerland", "ZORGTRAJECT");
        Map<String, Object> decided = decision("OVERLEG", text(meeting, "id"),
                List.of("Zorg- en Veiligheidshuis Zaanstreek-Waterland", "Gemeente Zaanstad", "HVO Querido"),
                "Spoed: zorg voor beide minderjarigen");
        decided.put("tracks", List.of(track("ZORGTRAJECT", "ZORGCOORDINATOR", "HVO Querido",
                "Systeemtest jeugdzorg " + run)));
        var recorded = decide("casustafel.zaanstreek", caseId, decided);
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        assertThat(decisions("monitor.zaanstreek", "ZORGTRAJECT")).isEqualTo(before + 1);
        assertThat(decisions("monitor.kennemerland", "ZORGTRAJECT")).isEqualTo(elsewhere);
        var figures = get(url("/api/triage/figures"), "monitor.zaanstreek");
        assertThat(figures.json().path("region").asString()).isEqualTo("zaanstreek-waterland");
        assertThat(figures.body()).doesNotContain(caseId, run);
    }

    /** The count of decisions with this outcome in the region's figures (getTriageFigures), 0 when absent. */
    private static long decisions(String monitor, String outcome) {
        var figures = get(url("/api/triage/figures"), monitor);
        assertThat(figures.status()).as(figures.body()).isEqualTo(200);
        for (JsonNode count : figures.json().path("decisions")) {
            if (outcome.equals(text(count, "key"))) {
                return count.path("count").asLong();
            }
        }
        return 0;
    }

    /** The user's inbox notification about the casus, or null. */
    private static JsonNode about(String user, String caseId) {
        var inbox = get(url("/api/inbox?size=100"), user);
        assertThat(inbox.status()).as(user + ": " + inbox.body()).isEqualTo(200);
        for (JsonNode item : inbox.json().path("items")) {
            if (caseId.equals(item.path("about").path("id").asString())) {
                return item;
            }
        }
        return null;
    }
}
