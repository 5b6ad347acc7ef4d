package nl.mensenhandel.signal.retention;

import static nl.mensenhandel.signal.DemoUsers.AF_HEEMSTEDE;
import static nl.mensenhandel.signal.DemoUsers.AF_ZAANSTAD;
import static nl.mensenhandel.signal.DemoUsers.MELDER;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import nl.mensenhandel.platform.crypto.FieldEncryption;
import nl.mensenhandel.platform.config.Secrets;
import nl.mensenhandel.platform.retention.RetentionSweep;
import nl.mensenhandel.platform.testing.EmbeddedMongo;
import nl.mensenhandel.platform.testing.MutableClock;
import nl.mensenhandel.platform.testing.TestJwts;

/**
 * Issue 6 §6: retention per record type and region, against the real service and the embedded store,
 * with a clock the test moves on (no sleeping). Default periods from application.yml (uncased signals
 * 365 days, reporter contact 90 days); Kennemerland keeps uncased signals 30 days.
 */
@SpringBootTest(properties = "platform.retention.records.uncased-signals.regions.kennemerland=P30D")
@ActiveProfiles(Secrets.LOCAL_PROFILE)
@ExtendWith(OutputCaptureExtension.class)
class SignalRetentionApiTest {

    static final EmbeddedMongo MONGO = EmbeddedMongo.start();
    static final MutableClock CLOCK = new MutableClock(Instant.now());

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", MONGO::uri);
    }

    @TestConfiguration
    static class Clocks {
        @Bean
        MutableClock testClock() {
            return CLOCK;
        }
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    RetentionSweep sweep;

    WebTestClient web;

    @BeforeEach
    void client() {
        web = TestJwts.client(context);
    }

    static final String SECRET_WORDS = "Geheime-omschrijving";

    String report(String municipality) {
        return report(municipality, "NORMAAL");
    }

    String report(String municipality, String urgency) {
        Map<String, Object> body = new HashMap<>();
        body.put("urgency", urgency);
        body.put("municipalityCode", municipality);
        body.put("forms", List.of("ARBEID"));
        body.put("sourceType", "PROFESSIONAL");
        body.put("reporter", Map.of("name", "Jan Melder", "contact", "melder-" + UUID.randomUUID() + "@example.org"));
        body.put("description", SECRET_WORDS + " " + UUID.randomUUID());
        body.put("observedAt", "2026-10-01T06:30:00Z");
        body.put("location", Map.of("street", "Teststraat", "houseNumber", "1", "postcode", "1501 AB", "city", "Zaandam"));
        body.put("persons", List.of(Map.of("role", "MOGELIJK_SLACHTOFFER", "identifyingHint", "Persoon X")));
        return web.mutateWith(MELDER).post().uri("/api/signals").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange().expectStatus().isCreated().expectBody(Map.class).returnResult()
                .getResponseBody().get("id").toString();
    }

    void transition(JwtMutator af, String id, Object... keyValues) {
        Map<String, Object> body = new HashMap<>(Map.of("reason", "test"));
        for (int i = 0; i < keyValues.length; i += 2) {
            body.put((String) keyValues[i], keyValues[i + 1]);
        }
        web.mutateWith(af).post().uri("/api/signals/" + id + "/transitions").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange().expectStatus().isOk();
    }

    void close(JwtMutator af, String id) {
        transition(af, id, "to", "AFGESLOTEN", "closingReason", "NIET_BEVESTIGD", "feedback", "Niet bevestigd.");
    }

    Document raw(String id) {
        return mongo.getCollection("signals").flatMap(c -> reactor.core.publisher.Mono.from(
                c.find(new Document("_id", id)).first())).block();
    }

    Map<?, ?> counts() {
        return web.mutateWith(AF_ZAANSTAD).get().uri("/api/signals/counts").exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    long sweptCount(List<RetentionSweep.Result> results, String type, String region) {
        return results.stream().filter(r -> r.recordType().equals(type) && region.equals(r.region()))
                .mapToLong(RetentionSweep.Result::count).sum();
    }

    @Test
    void signalsThatNeverBecameACaseAreAnonymisedAndReporterContactsRemovedAfterTheirPeriods(CapturedOutput log) {
        String closed = report("GM0479");
        web.mutateWith(AF_ZAANSTAD).post().uri("/api/signals/" + closed + "/enrichments")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("source", "BRP",
                        "summary", "Twee personen ingeschreven", "legalBasis", "Wet BRP"))
                .exchange().expectStatus().isCreated();
        close(AF_ZAANSTAD, closed);
        String untouched = report("GM0479");
        String forwarded = report("GM0479");
        transition(AF_ZAANSTAD, forwarded, "to", "IN_VERRIJKING");
        transition(AF_ZAANSTAD, forwarded, "to", "TER_WEGING");
        transition(AF_ZAANSTAD, forwarded, "to", "DOORGELEID", "forwardedTo", "Zorg", "feedback", "Doorgezet.");
        String kennemerland = report("GM0397");
        close(AF_HEEMSTEDE, kennemerland);
        // a SPOED signal on the urgent path: its acute action goes with the personal data, its alert earlier
        String urgent = report("GM0479", "SPOED");
        transition(AF_ZAANSTAD, urgent, "to", "TER_WEGING", "acuteAction", "Politie haalde Persoon X uit de woning");
        close(AF_ZAANSTAD, urgent);
        Query alert = new Query(Criteria.where("aboutId").is(urgent));
        assertThat(mongo.exists(alert, "notifications").block()).isTrue();

        // 40 days: only Kennemerland's shorter period has passed
        CLOCK.advance(Duration.ofDays(40));
        List<RetentionSweep.Result> first = sweep.sweepOnce().block();
        assertThat(raw(kennemerland).get("anonymisedAt")).isNotNull();
        assertThat(raw(closed).get("anonymisedAt")).isNull();
        assertThat(raw(closed).get("reporter")).isNotNull();
        assertThat(sweptCount(first, "uncased-signals", "kennemerland")).isEqualTo(1);

        // 100 days: the routes that ended lose the reporter; the description stays
        CLOCK.advance(Duration.ofDays(60));
        sweep.sweepOnce().block();
        assertThat(raw(closed).get("reporter")).isNull();
        assertThat(raw(forwarded).get("reporter")).isNull();
        assertThat(raw(untouched).get("reporter")).isNotNull(); // its route has not ended
        assertThat(raw(closed).getString("description")).startsWith(FieldEncryption.PREFIX); // kept, encrypted
        assertThat(mongo.exists(alert, "notifications").block()).isTrue(); // notifications: 180 days

        // 400 days: the closed and the untouched signal are anonymised, the forwarded one (a case) is not
        CLOCK.advance(Duration.ofDays(300));
        Map<?, ?> countsBefore = counts();
        sweep.sweepOnce().block();
        for (String id : List.of(closed, untouched)) {
            Document doc = raw(id);
            assertThat(doc.get("anonymisedAt")).as(id).isNotNull();
            assertThat(doc).doesNotContainKeys("description", "persons", "reporter", "location", "duplicateKeys");
            assertThat(doc.getString("municipalityCode")).isEqualTo("GM0479");
            assertThat(doc.get("forms")).isEqualTo(List.of("ARBEID"));
            assertThat(doc).containsKeys("status", "sourceType", "createdAt", "observedAt");
        }
        assertThat(raw(closed).getList("enrichments", Document.class)).singleElement()
                .satisfies(e -> assertThat(e).doesNotContainKey("summary").containsEntry("source", "BRP"));
        assertThat(raw(urgent).get("anonymisedAt")).isNotNull();
        assertThat(raw(urgent).getList("history", Document.class)).hasSize(2).allSatisfy(step -> assertThat(
                step.get("acuteAction")).isNull()).first().satisfies(step -> assertThat(step).containsEntry("to",
                        "TER_WEGING"));
        assertThat(mongo.exists(alert, "notifications").block()).isFalse();
        assertThat(raw(forwarded).get("anonymisedAt")).isNull();
        assertThat(raw(forwarded).getString("description")).startsWith(FieldEncryption.PREFIX); // kept, encrypted

        // idempotent: a second sweep changes nothing
        List<RetentionSweep.Result> again = sweep.sweepOnce().block();
        assertThat(again).allSatisfy(r -> assertThat(r.count()).as(r.toString()).isZero());

        // counts still work and the anonymised signal still reads (without its personal data)
        web.mutateWith(AF_ZAANSTAD).get().uri("/api/signals/" + closed).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.anonymisedAt").exists().jsonPath("$.description").doesNotExist()
                .jsonPath("$.status").isEqualTo("AFGESLOTEN");
        assertThat(counts()).isEqualTo(countsBefore);

        // logs name counts, never content
        assertThat(log.getAll()).contains("Retention applied").doesNotContain(SECRET_WORDS, "Jan Melder");
    }

    /** A signal submitted to the table is on the agenda of a casus: a case, not anonymised as uncased. */
    @Test
    void aSignalOnTheAgendaOfACasusIsNotAnonymisedAsUncased() {
        String cased = report("GM0479");
        mongo.updateFirst(new org.springframework.data.mongodb.core.query.Query(
                org.springframework.data.mongodb.core.query.Criteria.where("_id").is(cased)),
                new org.springframework.data.mongodb.core.query.Update().set(
                        nl.mensenhandel.signal.signal.TriageLink.FIELD,
                        new nl.mensenhandel.signal.signal.TriageLink(UUID.randomUUID().toString(), CLOCK.instant(),
                                UUID.randomUUID().toString(), "ZW-2026-0001", null)),
                nl.mensenhandel.signal.signal.Signal.class).block();
        String uncased = report("GM0479");
        CLOCK.advance(Duration.ofDays(400));
        sweep.sweepOnce().block();
        assertThat(raw(uncased).get("anonymisedAt")).isNotNull();
        assertThat(raw(cased).get("anonymisedAt")).isNull();
        assertThat(raw(cased).get("description")).isNotNull();
    }

    @Test
    void usedIdempotencyKeysAreDeletedAfterTheirPeriod() {
        web.mutateWith(MELDER).post().uri("/api/signals").header("Idempotency-Key", "retention-" + UUID.randomUUID())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("municipalityCode", "GM0479",
                        "forms", List.of("ARBEID"), "sourceType", "BURGER", "description", "x",
                        "observedAt", "2026-10-01T06:30:00Z"))
                .exchange().expectStatus().isCreated();
        assertThat(mongo.count(new Query(), "idempotency_keys").block()).isPositive();

        CLOCK.advance(Duration.ofDays(31));
        sweep.sweepOnce().block();

        assertThat(mongo.count(new Query(Criteria.where("createdAt").lt(CLOCK.instant().minus(Duration.ofDays(30)))),
                "idempotency_keys").block()).isZero();
    }
}
