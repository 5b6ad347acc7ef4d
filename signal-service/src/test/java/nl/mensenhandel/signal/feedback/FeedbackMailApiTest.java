package nl.mensenhandel.signal.feedback;

import static nl.mensenhandel.signal.DemoUsers.AF_ZAANSTAD;
import static nl.mensenhandel.signal.DemoUsers.MELDER;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import nl.mensenhandel.signal.AnonymousIntakeFixture;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import nl.mensenhandel.platform.config.Secrets;
import nl.mensenhandel.platform.crypto.FieldEncryption;
import nl.mensenhandel.platform.outbox.OutboxDispatcher;
import nl.mensenhandel.platform.testing.EmbeddedMongo;
import nl.mensenhandel.platform.testing.TestJwts;

/**
 * Feedback that is delivered and remembered (issue 7 capability 2), against the real service, the embedded
 * store and a real SMTP server (GreenMail) that is started only when the test wants the mail server "up".
 * The dispatcher's schedule is off: each test runs its passes itself, so nothing happens behind its back.
 */
@SpringBootTest(properties = {"platform.outbox.enabled=false", "platform.outbox.backoff.initial=PT0S",
        "spring.mail.host=127.0.0.1", "platform.mail.from=meldroute@zaanstad.example"})
@ActiveProfiles(Secrets.LOCAL_PROFILE)
class FeedbackMailApiTest {

    static final EmbeddedMongo MONGO = EmbeddedMongo.start();
    static final int SMTP_PORT = freePort();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", MONGO::uri);
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    OutboxDispatcher dispatcher;

    WebTestClient web;

    @BeforeEach
    void client() {
        web = TestJwts.client(context);
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String address() {
        return "melder-" + UUID.randomUUID() + "@zaanstad.example";
    }

    WebTestClient.ResponseSpec post(JwtMutator who, String uri, Object body) {
        var request = who == null ? web.post() : web.mutateWith(who).post();
        return request.uri(uri).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    String reported(String contact) {
        Map<String, Object> body = new HashMap<>(Map.of("municipalityCode", "GM0479", "forms", List.of("ARBEID"),
                "sourceType", "PROFESSIONAL", "reporter", Map.of("contact", contact),
                "description", "Veel matrassen in een bedrijfspand", "observedAt", "2026-11-01T09:30:00Z"));
        return post(MELDER, "/api/signals", body).expectStatus().isCreated().expectBody(Map.class).returnResult()
                .getResponseBody().get("id").toString();
    }

    void transition(String id, Object... keyValues) {
        Map<String, Object> body = new HashMap<>(Map.of("reason", "test"));
        for (int i = 0; i < keyValues.length; i += 2) {
            body.put((String) keyValues[i], keyValues[i + 1]);
        }
        post(AF_ZAANSTAD, "/api/signals/" + id + "/transitions", body).expectStatus().isOk();
    }

    Document stored(String id) {
        return mongo.findOne(new Query(Criteria.where("_id").is(id)), Document.class, "signals").block();
    }

    List<Document> outbox(String id) {
        return stored(id).getList("outbox", Document.class, List.of());
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> mine(String id) {
        Map<String, Object> page = web.mutateWith(MELDER).get().uri("/api/signals/reported-by-me?size=100").exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        return ((List<Map<String, Object>>) page.get("items")).stream().filter(i -> i.get("id").equals(id))
                .findFirst().orElseThrow();
    }

    static List<MimeMessage> to(GreenMail smtp, String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void smtpDownTheResultIsRecordedAndTheMailDeliveredLaterExactlyOnce() throws Exception {
        String address = address();
        String id = reported(address);

        transition(id, "to", "AFGESLOTEN", "closingReason", "NIET_BEVESTIGD",
                "feedback", "Er zijn geen aanwijzingen voor uitbuiting gevonden.");

        // recorded with the result, in the same document: one pending mail
        assertThat(stored(id).getString("status")).isEqualTo("AFGESLOTEN");
        assertThat(outbox(id)).singleElement().satisfies(entry -> {
            assertThat(entry.getString("kind")).isEqualTo("mail");
            assertThat(entry.getString("payload")).startsWith(FieldEncryption.PREFIX);
            assertThat(entry.get("deliveredAt")).isNull();
        });

        // the mail server is down: the attempt fails and is scheduled again; nothing delivered
        dispatcher.dispatchOnce().block();
        assertThat(outbox(id).getFirst().getInteger("attempts")).isEqualTo(1);
        assertThat(outbox(id).getFirst().getString("lastError")).isNotBlank().doesNotContain(address);
        assertThat(outbox(id).getFirst().get("deliveredAt")).isNull();

        GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            assertThat(to(smtp, address)).as("nothing before the next pass").isEmpty();

            dispatcher.dispatchOnce().block();
            assertThat(to(smtp, address)).singleElement().satisfies(mail -> {
                assertThat(mail.getSubject()).contains("Terugkoppeling").contains("Zaanstad");
                assertThat(GreenMailUtil.getBody(mail)).contains("geen aanwijzingen voor uitbuiting").contains(id);
                assertThat(mail.getMessageID()).contains(id).endsWith("@zaanstad.example>");
            });
            Document delivered = outbox(id).getFirst();
            assertThat(delivered.get("deliveredAt")).isNotNull();
            assertThat(delivered.get("payload")).as("content removed once delivered").isNull();

            // never twice: later passes send nothing for it
            dispatcher.dispatchOnce().block();
            dispatcher.dispatchOnce().block();
            assertThat(to(smtp, address)).hasSize(1);
        } finally {
            smtp.stop();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theReporterReadsFeedbackAndHistoryReopeningClearsTheCurrentFeedbackButNotTheHistory() {
        String address = address();
        String id = reported(address);

        transition(id, "to", "AFGESLOTEN", "closingReason", "NIET_BEVESTIGD", "feedback", "Eerste terugkoppeling.");
        Map<String, Object> first = mine(id);
        assertThat(first.get("feedback")).isEqualTo("Eerste terugkoppeling.");
        assertThat((List<Map<String, Object>>) first.get("feedbackHistory")).singleElement().satisfies(f -> {
            assertThat(f.get("result")).isEqualTo("AFGESLOTEN");
            assertThat(f.get("text")).isEqualTo("Eerste terugkoppeling.");
            assertThat(f.get("channels")).isEqualTo(List.of("EMAIL", "REPORTED_BY_ME"));
            assertThat(f.get("sentTo")).isEqualTo(address);
            assertThat(f).containsKey("at").doesNotContainKey("by");
        });

        transition(id, "to", "IN_VERRIJKING");
        Map<String, Object> reopened = mine(id);
        assertThat(reopened).doesNotContainKey("feedback");
        assertThat((List<?>) reopened.get("feedbackHistory")).hasSize(1);

        transition(id, "to", "TER_WEGING");
        transition(id, "to", "DOORGELEID", "forwardedTo", "Zorgcoördinator", "feedback", "Tweede terugkoppeling.");
        Map<String, Object> second = mine(id);
        assertThat(second.get("feedback")).isEqualTo("Tweede terugkoppeling.");
        assertThat((List<Map<String, Object>>) second.get("feedbackHistory")).extracting(f -> f.get("text"))
                .containsExactly("Eerste terugkoppeling.", "Tweede terugkoppeling.");
        // one mail per feedback, each with its own idempotency key
        assertThat(outbox(id)).extracting(e -> e.getString("id")).doesNotHaveDuplicates().hasSize(2);

        // the AF reads the same history, with who gave it
        Map<String, Object> full = web.mutateWith(AF_ZAANSTAD).get().uri("/api/signals/" + id).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat((List<Map<String, Object>>) full.get("feedbackHistory")).extracting(f -> f.get("by"))
                .containsExactly("af.zaanstad", "af.zaanstad");
    }

    @Test
    void theFeedbackHistoryIsEncryptedAtRest() {
        String address = address();
        String id = reported(address);
        transition(id, "to", "AFGESLOTEN", "closingReason", "NIET_BEVESTIGD", "feedback", "Vertrouwelijke terugkoppeling.");

        Document entry = stored(id).getList("feedbackHistory", Document.class).getFirst();
        assertThat(entry.getString("text")).startsWith(FieldEncryption.PREFIX);
        assertThat(entry.getString("recipient")).startsWith(FieldEncryption.PREFIX);
        assertThat(stored(id).toJson()).doesNotContain(address);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPhoneNumberGetsNoMailButTheFeedbackInTheOwnView() {
        String id = reported("+31 75 123 4567");

        transition(id, "to", "AFGESLOTEN", "closingReason", "NIET_BEVESTIGD", "feedback", "Wij bellen u nog.");

        assertThat(outbox(id)).isEmpty();
        assertThat((List<Map<String, Object>>) mine(id).get("feedbackHistory")).singleElement().satisfies(f -> {
            assertThat(f.get("channels")).isEqualTo(List.of("REPORTED_BY_ME"));
            assertThat(f).doesNotContainKey("sentTo");
        });
    }

    @Test
    void anAnonymousResidentGetsStatusOnlyNoFeedbackTextAndNoMail() {
        AnonymousIntakeFixture.open(mongo, "GM0479");
        Map<?, ?> receipt = post(null, "/api/public/anonymous-signals", Map.of("municipalityCode", "GM0479",
                "description", "Kinderen bedelen bij het station", "observedAt", "2026-11-01T10:00:00Z",
                "forms", List.of("CRIMINEEL"))).expectStatus().isCreated().expectBody(Map.class).returnResult()
                .getResponseBody();
        String caseCode = receipt.get("caseCode").toString();
        String id = String.valueOf(mongo.findOne(new Query(Criteria.where("anonymousAccess.caseCode").is(caseCode)),
                Document.class, "signals").block().get("_id"));

        transition(id, "to", "AFGESLOTEN", "closingReason", "NIET_BEVESTIGD", "feedback", "Interne tekst voor de melder.");

        post(null, "/api/public/signal-status", Map.of("caseCode", caseCode, "secret", receipt.get("secret")))
                .expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("AFGESLOTEN")
                .jsonPath("$.feedback").doesNotExist();
        assertThat(outbox(id)).isEmpty();
        assertThat(stored(id).getList("feedbackHistory", Document.class)).singleElement()
                .satisfies(entry -> assertThat(entry.getList("channels", String.class)).isEmpty());
    }

    @Autowired
    java.util.List<nl.mensenhandel.platform.retention.RetentionRule> retentionRules;

    @Test
    @SuppressWarnings("unchecked")
    void retentionRemovesTheAddressAFeedbackWentToWithTheReporterContactButKeepsWhatWasTold() {
        String address = address();
        String ended = reported(address);
        transition(ended, "to", "AFGESLOTEN", "closingReason", "NIET_BEVESTIGD", "feedback", "Afgesloten, dank u.");
        String reopened = reported(address());
        transition(reopened, "to", "AFGESLOTEN", "closingReason", "NIET_BEVESTIGD", "feedback", "Eerst afgesloten.");
        transition(reopened, "to", "IN_VERRIJKING");
        var rule = retentionRules.stream().filter(r -> r.recordType().equals("feedback-recipients")).findFirst()
                .orElseThrow();
        java.time.Instant later = java.time.Instant.now().plus(java.time.Duration.ofDays(1));

        assertThat(rule.apply("zaanstreek-waterland", later, later).block()).isGreaterThanOrEqualTo(1L);
        assertThat(rule.apply("zaanstreek-waterland", later, later).block()).as("idempotent").isZero();

        Document entry = stored(ended).getList("feedbackHistory", Document.class).getFirst();
        assertThat(entry).doesNotContainKey("recipient");
        assertThat(entry.getString("text")).startsWith(FieldEncryption.PREFIX);
        assertThat((List<Map<String, Object>>) mine(ended).get("feedbackHistory")).singleElement().satisfies(f -> {
            assertThat(f.get("text")).isEqualTo("Afgesloten, dank u.");
            assertThat(f).doesNotContainKey("sentTo");
        });
        // a reopened signal has not ended: its reporter may still be told more
        assertThat(stored(reopened).getList("feedbackHistory", Document.class).getFirst()).containsKey("recipient");
    }
}
