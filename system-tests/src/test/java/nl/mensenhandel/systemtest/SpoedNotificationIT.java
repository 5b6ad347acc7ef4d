package nl.mensenhandel.systemtest;

import static nl.mensenhandel.systemtest.Api.get;
import static nl.mensenhandel.systemtest.Api.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

/**
 * Issue 7 §6, urgent signals act first, end to end through the gateway with real Keycloak tokens: a melder
 * reports a SPOED signal about a minor in Zaanstad; when the POST has answered, the inboxes of Zaanstad's AF
 * and Zaanstreek-Waterland's table already hold it with the meldcode flag — not Purmerend's AF (another
 * municipality), not a handhaver of Zaanstad (another role), not Kennemerland's table (another region); the AF
 * takes the urgent path straight to the table with the acute action taken. The e-mails reach the functional
 * mailboxes of Zaanstad's AFs and the table, read from the platform's SMTP server (GreenMail).
 */
@ExtendWith(RunningPlatform.class)
class SpoedNotificationIT {

    /** The demo functional mailboxes (signal-service application.yml, profile local). */
    static final String AF_MAILBOX = "spoed.zaanstad@demo.mensenhandel.example";
    static final String TABLE_MAILBOX = "casustafel.zaanstreek-waterland@demo.mensenhandel.example";
    static final Duration MAIL_WAIT = Duration.ofSeconds(60);

    @Test
    void aSpoedSignalAboutAMinorIsInTheRightInboxesWhenTheIntakeAnswersAndTakesTheUrgentPath() {
        String run = UUID.randomUUID().toString();
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("municipalityCode", "GM0479");
        report.put("forms", List.of("SEKSUEEL"));
        report.put("sourceType", "PROFESSIONAL");
        report.put("reporter", Map.of("contact", "wijkteam@zaanstad.example"));
        report.put("description", "Systeemtest spoed " + run + ": meisje van 15 wordt 's nachts opgehaald");
        report.put("observedAt", Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS).toString());
        report.put("urgency", "SPOED");
        report.put("persons", List.of(Map.of("role", "MOGELIJK_SLACHTOFFER", "minor", true)));

        var created = post(url("/api/signals"), "melder.zaanstad", report, "systeemtest-spoed-" + run);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();

        // immediately after the answer — no polling: the notifications were written within the request
        JsonNode af = about("af.zaanstad", id);
        JsonNode table = about("casustafel.zaanstreek", id);
        for (JsonNode notification : List.of(af, table)) {
            assertThat(notification).as("notification about " + id).isNotNull();
            assertThat(notification.path("kind").asString()).isEqualTo("SPOED_SIGNAAL");
            assertThat(notification.path("urgency").asString()).isEqualTo("SPOED");
            assertThat(notification.path("municipalityCode").asString()).isEqualTo("GM0479");
            assertThat(notification.path("meldcode").path("route").asString()).isEqualTo("VEILIG_THUIS");
            assertThat(notification.path("meldcode").path("reason").asString()).isEqualTo("MINDERJARIG_SLACHTOFFER");
            assertThat(notification.path("read").asBoolean()).isFalse();
            assertThat(notification.toString()).doesNotContain(run, "meisje", "wijkteam");
        }
        assertThat(about("af.purmerend", id)).as("another municipality's AF").isNull();
        assertThat(about("handhaver.zaanstad", id)).as("another role of the same municipality").isNull();
        assertThat(about("casustafel.kennemerland", id)).as("another region's table").isNull();

        // read marks are per user: the AF reads it, the table member's stays unread
        String notificationId = af.path("id").asString();
        var read = markRead("af.zaanstad", notificationId);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(about("af.zaanstad", id).path("read").asBoolean()).isTrue();
        assertThat(about("casustafel.zaanstreek", id).path("read").asBoolean()).isFalse();
        var foreign = markRead("casustafel.kennemerland", notificationId);
        assertThat(foreign.status()).as(foreign.body()).isEqualTo(404);

        // the AF's view flags the meldcode route
        var signal = get(url("/api/signals/" + id), "af.zaanstad");
        assertThat(signal.status()).as(signal.body()).isEqualTo(200);
        assertThat(signal.json().path("meldcode").path("route").asString()).isEqualTo("VEILIG_THUIS");

        // the e-mails arrive in the functional mailboxes of Zaanstad's AFs and the region's table (GreenMail),
        // once each; nothing of the signal's content in them; none to Purmerend's mailbox
        for (String mailbox : List.of(AF_MAILBOX, TABLE_MAILBOX)) {
            Mailbox.Mail mail = Mailbox.local().awaitOne(mailbox, m -> m.text().contains(id), MAIL_WAIT);
            assertThat(mail.subject()).startsWith("SPOED").contains("Zaanstad");
            assertThat(mail.text()).contains("Veilig Thuis").doesNotContain(run, "meisje", "wijkteam");
            assertThat(Mailbox.local().messagesTo(mailbox)).filteredOn(m -> m.text().contains(id)).hasSize(1);
        }
        assertThat(Mailbox.local().messagesTo("spoed.purmerend@demo.mensenhandel.example"))
                .noneMatch(m -> m.text().contains(id));

        // the urgent path: straight to the table, with the acute action already taken
        var withoutAction = post(url("/api/signals/" + id + "/transitions"), "af.zaanstad",
                Map.of("to", "TER_WEGING", "reason", "Spoed-MDO"), null);
        assertThat(withoutAction.status()).as(withoutAction.body()).isEqualTo(400);
        String acute = "Politie heeft het meisje uit de woning gehaald; zorgcoördinator regelde crisisopvang jeugd";
        var urgent = post(url("/api/signals/" + id + "/transitions"), "af.zaanstad",
                Map.of("to", "TER_WEGING", "reason", "Spoed-MDO na acute interventie", "acuteAction", acute), null);
        assertThat(urgent.status()).as(urgent.body()).isEqualTo(200);
        assertThat(urgent.json().path("status").asString()).isEqualTo("TER_WEGING");
        JsonNode step = urgent.json().path("history").get(0);
        assertThat(step.path("from").asString()).isEqualTo("ONTVANGEN");
        assertThat(step.path("acuteAction").asString()).isEqualTo(acute);
        assertThat(step.path("by").asString()).isEqualTo("af.zaanstad");
    }

    @Test
    void theUrgentPathIsRefusedForASignalThatIsNotSpoed() {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("municipalityCode", "GM0479");
        report.put("forms", List.of("ARBEID"));
        report.put("sourceType", "PROFESSIONAL");
        report.put("reporter", Map.of("contact", "wijkteam@zaanstad.example"));
        report.put("description", "Systeemtest geen spoed " + UUID.randomUUID());
        report.put("observedAt", Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS).toString());
        report.put("urgency", "HOOG");
        var created = post(url("/api/signals"), "melder.zaanstad", report, null);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(about("af.zaanstad", id)).as("HOOG notifies nobody").isNull();

        var urgent = post(url("/api/signals/" + id + "/transitions"), "af.zaanstad",
                Map.of("to", "TER_WEGING", "reason", "Snel", "acuteAction", "Politie is langs geweest"), null);
        assertThat(urgent.status()).as(urgent.body()).isEqualTo(409);
        assertThat(urgent.body()).contains("urgent-path-only-for-spoed");
    }

    /** The user's inbox notification about the signal, or null. */
    static JsonNode about(String user, String signalId) {
        var inbox = get(url("/api/inbox?size=100"), user);
        assertThat(inbox.status()).as(user + ": " + inbox.body()).isEqualTo(200);
        for (JsonNode item : inbox.json().path("items")) {
            if (signalId.equals(item.path("about").path("id").asString())) {
                return item;
            }
        }
        return null;
    }

    static Api.Response markRead(String user, String notificationId) {
        return Api.call("POST", url("/api/inbox/" + notificationId + "/read"), Api.token(user), null, Map.of());
    }

    static String url(String path) {
        return RunningPlatform.gatewayUrl() + path;
    }
}
