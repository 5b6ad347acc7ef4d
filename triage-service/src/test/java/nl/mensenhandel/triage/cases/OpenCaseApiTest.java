package nl.mensenhandel.triage.cases;

import static nl.mensenhandel.platform.testing.ProblemAssertions.forbidden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import nl.mensenhandel.platform.testing.ApiTestSupport;
import nl.mensenhandel.platform.testing.TestJwts;
import nl.mensenhandel.triage.signals.SignalLookup;
import nl.mensenhandel.triage.signals.SignalSummary;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * POST /api/cases: an AF opens a casus from signals of their municipalities (their own call, each signal
 * checked in signal-service — stubbed here, its client has its own contract test), or signal-service's
 * service account opens it on behalf of the AF. Idempotency, region isolation, need to know, references,
 * encryption of the summary, and the access log's on-behalf-of.
 */
class OpenCaseApiTest extends ApiTestSupport {

    static final String PATH = "/api/cases";
    static final String REGION = "zaanstreek-waterland";
    static final String ZAANSTAD = "GM0479";
    static final String PURMEREND = "GM0439";
    static final int YEAR = Instant.now().atZone(ZoneId.of("Europe/Amsterdam")).getYear();

    @Autowired
    ReactiveMongoTemplate mongo;

    @MockitoBean
    SignalLookup signals;

    final UUID signalA = UUID.randomUUID();
    final UUID signalB = UUID.randomUUID();

    @BeforeEach
    void setUp() {
        for (String collection : List.of("cases", "case_reference_counters", "idempotency_keys", "access_log")) {
            mongo.remove(new Query(), collection).block();
        }
        when(signals.find(signalA)).thenReturn(Mono.just(summary(signalA, REGION, ZAANSTAD)));
        when(signals.find(signalB)).thenReturn(Mono.just(summary(signalB, REGION, ZAANSTAD)));
    }

    @Test
    void anAfOpensACasusOnTheAgendaOfTheRegionsTableWithAReference() {
        open(af(), body(List.of(signalA, signalB), List.of(ZAANSTAD)), "key-1")
                .expectStatus().isCreated()
                .expectHeader().valueMatches("Location", "/api/cases/[0-9a-f-]{36}")
                .expectBody()
                .jsonPath("$.reference").isEqualTo("ZW-" + YEAR + "-0001")
                .jsonPath("$.status").isEqualTo("AANGEMELD")
                .jsonPath("$.table.id").isEqualTo("zvh-zaanstreek-waterland")
                .jsonPath("$.municipalityCode").isEqualTo(ZAANSTAD)
                .jsonPath("$.signalIds.length()").isEqualTo(2)
                .jsonPath("$.summary").isEqualTo("Twee signalen over hetzelfde bedrijfspand");
        // the table sees it on its list
        api.mutateWith(user("casustafel.test", List.of(), "casustafel")).get().uri(PATH).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].reference").isEqualTo("ZW-" + YEAR + "-0001");
    }

    /** Rule: a retry with the same Idempotency-Key opens nothing new (signal-service's delivery retries). */
    @Test
    void aRetryWithTheSameKeyAnswersTheFirstCasusAndOpensNothingNew() {
        String first = open(af(), body(List.of(signalA), List.of(ZAANSTAD)), "retry-1").expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
        open(af(), body(List.of(signalA), List.of(ZAANSTAD)), "retry-1").expectStatus().isOk()
                .expectBody().jsonPath("$.id").isEqualTo(first)
                .jsonPath("$.reference").isEqualTo("ZW-" + YEAR + "-0001");
        assertThat(mongo.count(new Query(), "cases").block()).isEqualTo(1);
        // the same key for another request is a client's mistake
        open(af(), body(List.of(signalB), List.of(ZAANSTAD)), "retry-1").expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("urn:mensenhandel:problem:idempotency-key-reused");
    }

    /** Rule: references count up per region and year, each region with its own prefix and counter. */
    @Test
    void referencesCountUpPerRegion() {
        open(af(), body(List.of(signalA), List.of(ZAANSTAD)), null).expectStatus().isCreated();
        open(af(), body(List.of(signalB), List.of(ZAANSTAD)), null).expectStatus().isCreated()
                .expectBody().jsonPath("$.reference").isEqualTo("ZW-" + YEAR + "-0002");
        UUID heemstedeSignal = UUID.randomUUID();
        when(signals.find(heemstedeSignal)).thenReturn(Mono.just(summary(heemstedeSignal, "kennemerland", "GM0397")));
        open(TestJwts.user("af.heemstede.test", "kennemerland", List.of("GM0397"), "aandachtsfunctionaris"),
                body(List.of(heemstedeSignal), List.of("GM0397")), null)
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.reference").isEqualTo("KL-" + YEAR + "-0001")
                .jsonPath("$.region").isEqualTo("kennemerland");
    }

    /** Rule open-case-requires-aandachtsfunctionaris. */
    @Test
    void otherRolesMayNotOpenACasus() {
        for (String role : List.of("casustafel", "melder", "zorgcoordinator", "beleidsregisseur")) {
            forbidden(open(user(role + ".test", List.of(ZAANSTAD), role), body(List.of(signalA), List.of(ZAANSTAD)),
                    null));
        }
        assertThat(mongo.count(new Query(), "cases").block()).isZero();
    }

    /** Rule open-case-only-for-own-municipalities. */
    @Test
    void anAfOpensCasesOnlyForMunicipalitiesTheyServe() {
        forbidden(open(af(), body(List.of(signalA), List.of(ZAANSTAD, PURMEREND)), null))
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains(PURMEREND));
    }

    /** A signal of another region is not found (its existence is not disclosed); of another municipality, 422. */
    @Test
    void signalsOfAnotherRegionAre404AndOfAnotherMunicipality422() {
        UUID foreign = UUID.randomUUID();
        when(signals.find(foreign)).thenReturn(Mono.just(summary(foreign, "ijsselland", "GM0193")));
        open(af(), body(List.of(signalA, foreign), List.of(ZAANSTAD)), null).expectStatus().isNotFound();
        UUID purmerend = UUID.randomUUID();
        when(signals.find(purmerend)).thenReturn(Mono.just(summary(purmerend, REGION, PURMEREND)));
        open(af(), body(List.of(purmerend), List.of(ZAANSTAD)), null).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.detail").value(d -> assertThat((String) d)
                        .contains("case-signal-outside-case-municipalities"));
        assertThat(mongo.count(new Query(), "cases").block()).isZero();
    }

    @Test
    void anotherRegionDoesNotSeeTheCasus() {
        open(af(), body(List.of(signalA), List.of(ZAANSTAD)), null).expectStatus().isCreated();
        api.mutateWith(TestJwts.user("casustafel.kennemerland", "kennemerland", List.of(), "casustafel"))
                .get().uri(PATH).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items.length()").isEqualTo(0);
    }

    @Test
    void theSummaryIsEncryptedAtRest() {
        open(af(), body(List.of(signalA), List.of(ZAANSTAD)), null).expectStatus().isCreated();
        Document stored = mongo.findOne(new Query(), Document.class, "cases").block();
        assertThat(stored.getString("summary")).startsWith("enc:").doesNotContain("bedrijfspand");
    }

    /**
     * signal-service's service account opens the casus for the AF it names: signal-service is not asked
     * back, and the access log names the account as caller and the AF as the one it acted for.
     */
    @Test
    void theSignalServiceAccountOpensACasusOnBehalfOfTheAf() {
        String afSubject = UUID.randomUUID().toString();
        Map<String, Object> body = body(List.of(signalA), List.of(ZAANSTAD));
        body.put("onBehalfOf", Map.of("subject", afSubject, "username", "af.zaanstad", "region", REGION,
                "municipalities", List.of(ZAANSTAD)));
        open(serviceAccount("signal-service"), body, "submission-1").expectStatus().isCreated()
                .expectBody().jsonPath("$.region").isEqualTo(REGION);
        open(serviceAccount("signal-service"), body, "submission-1").expectStatus().isOk();
        verify(signals, never()).find(any());
        Document casus = mongo.findOne(new Query(), Document.class, "cases").block();
        assertThat(casus.getString("openedBy")).isEqualTo(afSubject);
        Document entry = mongo.findOne(Query.query(Criteria.where("action").is("CREATE")), Document.class,
                "access_log").block();
        assertThat(entry.getString("onBehalfOf")).isEqualTo(afSubject);
        assertThat(entry.getString("client")).isEqualTo("signal-service");
        assertThat(entry.getString("actorUsername")).isEqualTo("service-account-signal-service");
        assertThat(entry.getString("legalBasis")).contains("Gemeentelijke taak");
    }

    /** Rule on-behalf-of-only-from-service-account: a user (or another client) cannot act as someone else. */
    @Test
    void onBehalfOfFromAnyoneElseIs403() {
        Map<String, Object> body = body(List.of(signalA), List.of(PURMEREND));
        body.put("onBehalfOf", Map.of("subject", "someone", "region", REGION, "municipalities", List.of(PURMEREND)));
        forbidden(open(af(), body, null));
        forbidden(open(serviceAccount("care-provider-querido"), body, null));
        assertThat(mongo.count(new Query(), "cases").block()).isZero();
    }

    @Test
    void theServiceAccountMustNameTheAfAndItsMunicipalitiesMustBeOfItsRegion() {
        open(serviceAccount("signal-service"), body(List.of(signalA), List.of(ZAANSTAD)), null)
                .expectStatus().isBadRequest();
        Map<String, Object> body = body(List.of(signalA), List.of("GM0193"));
        body.put("onBehalfOf", Map.of("subject", "af", "region", REGION, "municipalities", List.of("GM0193")));
        forbidden(open(serviceAccount("signal-service"), body, null));
    }

    @Test
    void invalidBodiesAnswer400NamingTheField() {
        open(af(), body(List.of(), List.of(ZAANSTAD)), null).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("signalIds");
        Map<String, Object> noSummary = body(List.of(signalA), List.of(ZAANSTAD));
        noSummary.remove("summary");
        open(af(), noSummary, null).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("summary");
    }

    private WebTestClient.ResponseSpec open(JwtMutator caller, Map<String, Object> body, String key) {
        WebTestClient.RequestBodySpec request = api.mutateWith(caller).post().uri(PATH)
                .contentType(MediaType.APPLICATION_JSON);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.bodyValue(body).exchange();
    }

    private static Map<String, Object> body(List<UUID> signalIds, List<String> municipalities) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("signalIds", signalIds.stream().map(UUID::toString).toList());
        body.put("municipalityCodes", municipalities);
        body.put("summary", "Twee signalen over hetzelfde bedrijfspand");
        return body;
    }

    private static SignalSummary summary(UUID id, String region, String municipality) {
        return new SignalSummary(id, region, municipality, Set.of("ARBEID"), "PROFESSIONAL", "IN_VERRIJKING",
                Instant.parse("2026-11-01T09:00:00Z"));
    }

    private static JwtMutator af() {
        return user("af.zaanstad.test", List.of(ZAANSTAD), "aandachtsfunctionaris");
    }

    private static JwtMutator user(String name, List<String> municipalities, String role) {
        return TestJwts.user(name, REGION, municipalities, role);
    }

    /** A client-credentials token as Keycloak issues it for a service account: no region, no roles. */
    private static JwtMutator serviceAccount(String clientId) {
        return SecurityMockServerConfigurers.mockJwt().jwt(jwt -> jwt
                .subject(UUID.nameUUIDFromBytes(clientId.getBytes()).toString())
                .claim("preferred_username", "service-account-" + clientId)
                .claim("azp", clientId)
                .claim("realm_access", Map.of("roles", List.of("default-roles-mensenhandel"))));
    }
}
