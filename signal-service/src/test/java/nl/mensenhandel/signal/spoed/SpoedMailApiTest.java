package nl.mensenhandel.signal.spoed;

import static nl.mensenhandel.signal.DemoUsers.MELDER;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import nl.mensenhandel.platform.config.Secrets;
import nl.mensenhandel.platform.crypto.FieldEncryption;
import nl.mensenhandel.platform.outbox.OutboxDispatcher;
import nl.mensenhandel.platform.testing.EmbeddedMongo;
import nl.mensenhandel.platform.testing.TestJwts;

/**
 * The SPOED e-mail (issue 7 §6): written with the notification as outbox entries (one per functional mailbox,
 * payload encrypted), delivered by the dispatcher to the municipality's AF mailbox and the region's table
 * mailbox (the local profile's demo mailboxes), once. The dispatcher's schedule is off: the test runs its passes.
 */
@SpringBootTest(properties = {"platform.outbox.enabled=false", "platform.outbox.backoff.initial=PT0S",
        "spring.mail.host=127.0.0.1", "platform.mail.from=platform@mensenhandel.example"})
@ActiveProfiles(Secrets.LOCAL_PROFILE)
class SpoedMailApiTest {

    static final EmbeddedMongo MONGO = EmbeddedMongo.start();
    static final int SMTP_PORT = freePort();
    static final String AF_MAILBOX = "spoed.zaanstad@demo.mensenhandel.example";
    static final String TABLE_MAILBOX = "casustafel.zaanstreek-waterland@demo.mensenhandel.example";

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

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
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
    void aSpoedSignalMailsTheAfAndTableMailboxesThroughTheOutboxOnce() throws Exception {
        Map<String, Object> report = new HashMap<>(Map.of("municipalityCode", "GM0479", "forms", List.of("SEKSUEEL"),
                "sourceType", "PROFESSIONAL", "reporter", Map.of("contact", "wijkteam@zaanstad.example"),
                "description", "Meisje van 15 wordt 's nachts opgehaald", "observedAt", "2026-11-01T22:00:00Z",
                "urgency", "SPOED", "persons", List.of(Map.of("role", "MOGELIJK_SLACHTOFFER", "minor", true))));
        String id = TestJwts.client(context).mutateWith(MELDER).post().uri("/api/signals")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(report).exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();

        // written with the notification: one mail per mailbox, its payload encrypted
        Document notification = mongo.findOne(new Query(Criteria.where("aboutId").is(id)), Document.class,
                "notifications").block();
        List<Document> outbox = notification.getList("outbox", Document.class);
        assertThat(outbox).hasSize(2).allSatisfy(entry -> {
            assertThat(entry.getString("kind")).isEqualTo("mail");
            assertThat(entry.getString("payload")).startsWith(FieldEncryption.PREFIX).doesNotContain("zaanstad");
        });

        GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            dispatcher.dispatchOnce().block();
            dispatcher.dispatchOnce().block(); // a second pass sends nothing again
            for (String mailbox : List.of(AF_MAILBOX, TABLE_MAILBOX)) {
                assertThat(to(smtp, mailbox)).as(mailbox).singleElement().satisfies(mail -> {
                    String body = GreenMailUtil.getBody(mail);
                    assertThat(mail.getSubject()).startsWith("SPOED").contains("Zaanstad").contains("meldcode");
                    assertThat(body).contains(id).contains("Veilig Thuis").doesNotContain("Meisje", "wijkteam");
                });
            }
            assertThat(to(smtp, "spoed.purmerend@demo.mensenhandel.example")).isEmpty();
        } finally {
            smtp.stop();
        }
    }
}
