package nl.mensenhandel.triage.urgent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import nl.mensenhandel.platform.crypto.FieldEncryption;
import nl.mensenhandel.platform.outbox.OutboxEntry;
import nl.mensenhandel.platform.testing.ApiTestSupport;
import nl.mensenhandel.platform.testing.InboxStub;
import nl.mensenhandel.platform.testing.TestJwts;
import nl.mensenhandel.triage.signals.SignalLookup;
import nl.mensenhandel.triage.signals.SignalSummary;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The urgent path (issue 8 §7; DOMAIN.md §3 "snel acteren"): an urgent casus records the acute intervention, and
 * the AFs of its municipalities and the table are notified within the request that opens it — the notification is
 * in signal-service's inbox (WireMock, with Keycloak's token endpoint) when openCase answers. The scheduled
 * dispatcher is off here, so only the inline delivery can have delivered it.
 */
@TestPropertySource(properties = { "platform.outbox.enabled=false", "triage.progress.enabled=false" })
class UrgentPathApiTest extends ApiTestSupport {

    static final String REGION = "zaanstreek-waterland";
    static final String ZAANSTAD = "GM0479";
    static final String OOSTZAAN = "GM0431";
    static final String INTERVENTION = "Politie heeft de woning aan de Dorpsstraat ontruimd en drie personen opgevangen";
    @RegisterExtension
    static final InboxStub INBOX = new InboxStub();

    @DynamicPropertySource
    static void inbox(DynamicPropertyRegistry registry) {
        INBOX.register(registry);
    }

    @Autowired
    ReactiveMongoTemplate mongo;

    @MockitoBean
    SignalLookup signals;

    final UUID signal = UUID.randomUUID();
    final UUID oostzaanSignal = UUID.randomUUID();
    final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void setUp() {
        for (String collection : List.of("cases", "case_reference_counters", "idempotency_keys")) {
            mongo.remove(new Query(), collection).block();
        }
        INBOX.up();
        when(signals.find(signal)).thenReturn(Mono.just(summary(signal, ZAANSTAD)));
        when(signals.find(oostzaanSignal)).thenReturn(Mono.just(summary(oostzaanSignal, OOSTZAAN)));
    }

    @Test
    void anUrgentCasusNotifiesTheAfsOfItsMunicipalitiesAndTheTableBeforeTheAnswer() {
        Map<?, ?> casus = open(af(), urgent(List.of(signal, oostzaanSignal), List.of(ZAANSTAD, OOSTZAAN)), "urgent-1")
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        String id = (String) casus.get("id");
        assertThat(casus.get("urgent")).isEqualTo(true);
        assertThat((List<?>) casus.get("acuteInterventions")).singleElement()
                .satisfies(i -> {
                    assertThat(((Map<?, ?>) i).get("by")).isEqualTo("POLITIE_OM");
                    assertThat(((Map<?, ?>) i).get("description")).isEqualTo(INTERVENTION);
                });
        assertThat(casus.get("personRefs")).isEqualTo(List.of("signal:" + signal + "/person:1"));

        // already in the inbox when the answer came — no waiting, no dispatcher pass
        assertThat(INBOX.posted()).singleElement().satisfies(posted -> {
            assertThat(posted.getHeader("Idempotency-Key")).isEqualTo(id + ":urgent");
            assertThat(posted.getHeader("Authorization")).isEqualTo("Bearer " + InboxStub.SERVICE_TOKEN);
            JsonNode body = json.readTree(posted.getBodyAsString());
            assertThat(body.get("region").asString()).isEqualTo(REGION);
            assertThat(body.get("kind").asString()).isEqualTo("CASUS_SPOED");
            assertThat(body.get("urgency").asString()).isEqualTo("SPOED");
            assertThat(body.get("about").get("type").asString()).isEqualTo("casus");
            assertThat(body.get("about").get("id").asString()).isEqualTo(id);
            assertThat(body.get("municipalityCode").asString()).isEqualTo(ZAANSTAD);
            List<String> audience = new java.util.ArrayList<>();
            body.get("audience").forEach(entry -> audience.add(text(entry, "role") + "@" + text(entry, "municipalityCode")
                    + "/" + text(entry, "username")));
            assertThat(audience).containsExactlyInAnyOrder("aandachtsfunctionaris@" + ZAANSTAD + "/null",
                    "aandachtsfunctionaris@" + OOSTZAAN + "/null", "casustafel@null/null");
            assertThat(body.get("message").asString()).contains((String) casus.get("reference")).contains("POLITIE_OM");
            // minimal content: never the summary or what the intervention was about
            assertThat(posted.getBodyAsString()).doesNotContain("Dorpsstraat").doesNotContain("bedrijfspand");
        });

        // the entry was written with the casus (same document) and is settled
        Document stored = stored(id);
        OutboxEntry entry = OutboxEntry.fromDocument(stored.getList("outbox", Document.class).getFirst());
        assertThat(entry.id()).isEqualTo(id + ":urgent");
        assertThat(entry.kind()).isEqualTo("notification");
        assertThat(entry.deliveredAt()).isNotNull();
        assertThat(entry.payload()).isNull();
        // the intervention's description is encrypted at rest
        assertThat(stored.getList("acuteInterventions", Document.class).getFirst().getString("description"))
                .startsWith(FieldEncryption.PREFIX);
        assertThat(stored.toJson()).doesNotContain("Dorpsstraat");

        // a retry with the same key opens nothing new and notifies nobody again
        open(af(), urgent(List.of(signal, oostzaanSignal), List.of(ZAANSTAD, OOSTZAAN)), "urgent-1")
                .expectStatus().isOk();
        assertThat(INBOX.posted()).hasSize(1);
    }

    /** Nothing is lost: with the inbox down the casus is opened all the same and the entry waits for the retry. */
    @Test
    void withTheInboxDownTheCasusIsOpenedAndTheNotificationWaitsForTheRetry() {
        INBOX.answering(503);
        String id = (String) open(af(), urgent(List.of(signal), List.of(ZAANSTAD)), null)
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id");

        OutboxEntry entry = OutboxEntry.fromDocument(stored(id).getList("outbox", Document.class).getFirst());
        assertThat(entry.deliveredAt()).isNull();
        assertThat(entry.abandonedAt()).isNull();
        assertThat(entry.attempts()).isEqualTo(1);
        assertThat(entry.nextAttemptAt()).isAfter(Instant.now());
        assertThat(entry.payload()).startsWith(FieldEncryption.PREFIX);
    }

    /** The inbox refusing the notification (4xx) is no outage: the entry is abandoned, not retried for days. */
    @Test
    void aNotificationTheInboxRefusesIsAbandoned() {
        INBOX.answering(422);
        String id = (String) open(af(), urgent(List.of(signal), List.of(ZAANSTAD)), null)
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id");

        OutboxEntry entry = OutboxEntry.fromDocument(stored(id).getList("outbox", Document.class).getFirst());
        assertThat(entry.abandonedAt()).isNotNull();
        assertThat(entry.lastError()).isEqualTo("PermanentDeliveryFailure");
    }

    /** Rule urgent-case-needs-acute-intervention. */
    @Test
    void anUrgentCasusNeedsTheAcuteInterventionAlreadyTaken() {
        Map<String, Object> body = urgent(List.of(signal), List.of(ZAANSTAD));
        body.remove("acuteInterventions");
        open(af(), body, null).expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.type").isEqualTo("urn:mensenhandel:problem:unprocessable")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail)
                        .contains("urgent-case-needs-acute-intervention"));
        assertThat(mongo.count(new Query(), "cases").block()).isZero();
        assertThat(INBOX.posted()).isEmpty();
    }

    /** Rule acute-interventions-only-when-urgent. */
    @Test
    void acuteInterventionsAreRecordedOnlyForAnUrgentCasus() {
        Map<String, Object> body = urgent(List.of(signal), List.of(ZAANSTAD));
        body.put("urgent", false);
        open(af(), body, null).expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.detail").value(detail -> assertThat((String) detail)
                        .contains("acute-interventions-only-when-urgent"));
        assertThat(mongo.count(new Query(), "cases").block()).isZero();
    }

    /** Rule acute-intervention-already-taken: recorded after the fact. */
    @Test
    void anAcuteInterventionIsNotInTheFuture() {
        Map<String, Object> body = urgent(List.of(signal), List.of(ZAANSTAD));
        body.put("acuteInterventions", List.of(Map.of("by", "BURGEMEESTER", "description", "Sluiting pand",
                "takenAt", Instant.now().plusSeconds(86_400).toString())));
        open(af(), body, null).expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.detail").value(detail -> assertThat((String) detail)
                        .contains("acute-intervention-already-taken"));
    }

    @Test
    void anEmptyInterventionElementIsAValidationProblemNotA500() {
        Map<String, Object> body = urgent(List.of(signal), List.of(ZAANSTAD));
        List<Object> withNull = new java.util.ArrayList<>();
        withNull.add(null);
        body.put("acuteInterventions", withNull);
        open(af(), body, null).expectStatus().isBadRequest();
    }

    @Test
    void aCasusOnTheNormalPathNotifiesNobodyAtOnce() {
        Map<String, Object> body = urgent(List.of(signal), List.of(ZAANSTAD));
        body.remove("urgent");
        body.remove("acuteInterventions");
        open(af(), body, null).expectStatus().isCreated().expectBody().jsonPath("$.urgent").isEqualTo(false);
        assertThat(INBOX.posted()).isEmpty();
        Document stored = mongo.findOne(new Query(), Document.class, "cases").block();
        assertThat(stored.getList("outbox", Document.class, List.of())).isEmpty();
    }

    private Document stored(String id) {
        return mongo.findOne(new Query(Criteria.where("_id").is(id)), Document.class, "cases").block();
    }

    private WebTestClient.ResponseSpec open(JwtMutator caller, Map<String, Object> body, String key) {
        WebTestClient.RequestBodySpec request = api.mutateWith(caller).post().uri("/api/cases")
                .contentType(MediaType.APPLICATION_JSON);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.bodyValue(body).exchange();
    }

    private Map<String, Object> urgent(List<UUID> signalIds, List<String> municipalities) {
        Map<String, Object> body = new HashMap<>();
        body.put("signalIds", signalIds.stream().map(UUID::toString).toList());
        body.put("municipalityCodes", municipalities);
        body.put("summary", "Uitbuiting in een bedrijfspand");
        body.put("urgent", true);
        body.put("acuteInterventions", List.of(Map.of("by", "POLITIE_OM", "description", INTERVENTION,
                "takenAt", "2026-11-22T23:10:00Z")));
        body.put("personRefs", List.of("signal:" + signal + "/person:1"));
        return body;
    }

    private static SignalSummary summary(UUID id, String municipality) {
        return new SignalSummary(id, REGION, municipality, Set.of("ARBEID"), "PROFESSIONAL", "IN_VERRIJKING",
                Instant.parse("2026-11-01T09:00:00Z"));
    }

    private static JwtMutator af() {
        return TestJwts.user("af.oostzaan-zaanstad.test", REGION, List.of(ZAANSTAD, OOSTZAAN), "aandachtsfunctionaris");
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "null" : value.asString();
    }
}
