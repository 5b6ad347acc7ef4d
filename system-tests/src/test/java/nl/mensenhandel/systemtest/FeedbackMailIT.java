package nl.mensenhandel.systemtest;

import static nl.mensenhandel.systemtest.Api.post;
import static nl.mensenhandel.systemtest.MeldrouteIT.created;
import static nl.mensenhandel.systemtest.MeldrouteIT.professional;
import static nl.mensenhandel.systemtest.MeldrouteIT.read;
import static nl.mensenhandel.systemtest.MeldrouteIT.reportedByMe;
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
 * Issue 7 capability 2, feedback that is delivered and remembered, end to end through the gateway: a melder
 * reports with an e-mail contact, the AF reaches a result, the feedback mail arrives at the real SMTP server
 * of the local run (read from its inbox), and the reporter's own view shows the feedback and its history;
 * reopening clears the current feedback, not the history.
 */
@ExtendWith(RunningPlatform.class)
class FeedbackMailIT {

    static final Duration MAIL_WAIT = Duration.ofSeconds(60);

    @Test
    void theReporterIsMailedAtAResultAndReadsFeedbackAndHistoryReopeningClearsOnlyTheCurrentFeedback() {
        String address = "melder-" + UUID.randomUUID() + "@zaanstad.example";
        Map<String, Object> body = professional("GM0479", "Systeemtest terugkoppeling per mail " + UUID.randomUUID());
        body.put("reporter", Map.of("contact", address));
        String id = created(post(url("/api/signals"), "melder.zaanstad", body, null));

        transition("af.zaanstad", id, Map.of("to", "IN_VERRIJKING", "reason", "Systeemtest"), 200);
        transition("af.zaanstad", id, Map.of("to", "TER_WEGING", "reason", "Systeemtest"), 200);
        String first = "Uw melding is doorgezet naar de zorgcoördinator. Dank voor het melden.";
        transition("af.zaanstad", id, Map.of("to", "DOORGELEID", "reason", "Systeemtest: zorgspoor",
                "forwardedTo", "Zorgcoördinator mensenhandel", "feedback", first), 200);

        // the mail reaches the SMTP server (the outbox delivers it; read from the local GreenMail)
        Mailbox.Mail mail = Mailbox.local().awaitOne(address, m -> m.text().contains(id), MAIL_WAIT);
        assertThat(mail.subject()).contains("Terugkoppeling").contains("Zaanstad");
        assertThat(mail.text()).contains(first).contains("doorgeleid");
        assertThat(mail.messageId()).contains(id);
        assertThat(mail.text()).as("no content of the signal in the mail").doesNotContain("matrassen")
                .doesNotContain("Systeemtest terugkoppeling per mail");

        // … and in the reporter's own view, with its history
        JsonNode mine = reportedByMe("melder.zaanstad", id);
        assertThat(text(mine, "status")).isEqualTo("DOORGELEID");
        assertThat(text(mine, "feedback")).isEqualTo(first);
        assertThat(mine.path("feedbackHistory")).hasSize(1);
        JsonNode given = mine.path("feedbackHistory").get(0);
        assertThat(text(given, "text")).isEqualTo(first);
        assertThat(text(given, "sentTo")).isEqualTo(address);
        assertThat(given.path("channels").valueStream().map(JsonNode::asString).toList())
                .containsExactly("EMAIL", "REPORTED_BY_ME");
        assertThat(given.has("by")).as("the reporter does not see which AF wrote it").isFalse();

        // reopening clears the current feedback; the history stays (also for the AF)
        transition("af.zaanstad", id, Map.of("to", "IN_VERRIJKING", "reason", "Systeemtest: nieuwe informatie"), 200);
        JsonNode reopened = reportedByMe("melder.zaanstad", id);
        assertThat(reopened.has("feedback")).isFalse();
        assertThat(reopened.path("feedbackHistory")).hasSize(1);
        assertThat(read("af.zaanstad", id).path("feedbackHistory")).hasSize(1);

        // a second result: a second feedback and a second mail — and the first mail was sent once
        String second = "Na nieuwe informatie is uw melding afgesloten.";
        transition("af.zaanstad", id, Map.of("to", "AFGESLOTEN", "reason", "Systeemtest", "closingReason",
                "NIET_BEVESTIGD", "feedback", second), 200);
        List<Mailbox.Mail> both = Mailbox.local().await(address, m -> m.text().contains(second), MAIL_WAIT);
        assertThat(both).hasSize(1);
        List<Mailbox.Mail> all = Mailbox.local().messagesTo(address);
        assertThat(all).hasSize(2);
        assertThat(all).extracting(Mailbox.Mail::messageId).doesNotHaveDuplicates();
        JsonNode closed = reportedByMe("melder.zaanstad", id);
        assertThat(text(closed, "feedback")).isEqualTo(second);
        assertThat(closed.path("feedbackHistory").valueStream().map(f -> text(f, "text")).toList())
                .containsExactly(first, second);
    }

    @Test
    void aReporterWithAPhoneNumberGetsNoMailButTheFeedbackInTheirOwnView() {
        Map<String, Object> body = professional("GM0479", "Systeemtest terugkoppeling telefoon " + UUID.randomUUID());
        body.put("reporter", Map.of("contact", "+31 75 000 0000"));
        String id = created(post(url("/api/signals"), "melder.zaanstad", body, null));

        String feedback = "Wij nemen telefonisch contact met u op.";
        transition("af.zaanstad", id, Map.of("to", "AFGESLOTEN", "reason", "Systeemtest", "closingReason",
                "NIET_BEVESTIGD", "feedback", feedback), 200);

        JsonNode mine = reportedByMe("melder.zaanstad", id);
        assertThat(text(mine, "feedback")).isEqualTo(feedback);
        JsonNode given = mine.path("feedbackHistory").get(0);
        assertThat(given.path("channels").valueStream().map(JsonNode::asString).toList()).containsExactly("REPORTED_BY_ME");
        assertThat(given.has("sentTo")).isFalse();
    }
}
