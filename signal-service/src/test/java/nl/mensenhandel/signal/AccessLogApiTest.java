package nl.mensenhandel.signal;

import static nl.mensenhandel.signal.DemoUsers.AF_HEEMSTEDE;
import static nl.mensenhandel.signal.DemoUsers.AF_ZAANSTAD;
import static nl.mensenhandel.signal.DemoUsers.HANDHAVER;
import static nl.mensenhandel.signal.DemoUsers.MELDER;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import nl.mensenhandel.platform.audit.AccessLogEntry;
import nl.mensenhandel.platform.config.Secrets;
import nl.mensenhandel.platform.audit.LegalBasis;
import nl.mensenhandel.platform.audit.Outcome;
import nl.mensenhandel.platform.testing.EmbeddedMongo;
import nl.mensenhandel.platform.testing.ProblemAssertions;
import nl.mensenhandel.platform.testing.TestJwts;
import nl.mensenhandel.signal.signal.SignalQueries;

/**
 * Issue 6 §4 in the signal-service: reads, lists, refused calls and anonymous status checks land in the
 * access log with purpose, legal basis and trace id; the privacy officer queries and verifies it for
 * their own region only.
 */
@SpringBootTest
@ActiveProfiles(Secrets.LOCAL_PROFILE)
class AccessLogApiTest {

    static final EmbeddedMongo MONGO = EmbeddedMongo.start();

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", MONGO::uri);
    }

    static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    static final JwtMutator PRIVACY_ZAANSTREEK = TestJwts.user("privacy.zaanstreek", "zaanstreek-waterland",
            List.of(), "privacy-officer");
    static final JwtMutator PRIVACY_KENNEMERLAND = TestJwts.user("privacy.kennemerland", "kennemerland",
            List.of(), "privacy-officer");

    @Autowired
    ApplicationContext context;

    @Autowired
    ReactiveMongoTemplate mongo;

    WebTestClient web;

    @BeforeEach
    void client() {
        web = TestJwts.client(context);
        AnonymousIntakeFixture.open(mongo, "GM0479");
    }

    String signalWithPerson() {
        Map<String, Object> body = new HashMap<>();
        body.put("municipalityCode", "GM0479");
        body.put("forms", List.of("ARBEID"));
        body.put("sourceType", "BURGER");
        body.put("description", "Busjes met arbeiders " + UUID.randomUUID());
        body.put("observedAt", "2026-10-01T06:30:00Z");
        body.put("persons", List.of(Map.of("role", "MOGELIJK_SLACHTOFFER", "minor", false)));
        return web.mutateWith(MELDER).post().uri("/api/signals").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange().expectStatus().isCreated().expectBody(Map.class).returnResult()
                .getResponseBody().get("id").toString();
    }

    List<AccessLogEntry> entries(Criteria criteria) {
        return mongo.find(new Query(criteria), AccessLogEntry.class).collectList().block();
    }

    @Test
    void aReadIsLoggedWithDataSubjectPurposeLegalBasisAndTraceId() {
        String id = signalWithPerson();

        web.mutateWith(AF_ZAANSTAD).get().uri("/api/signals/" + id)
                .header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01")
                .exchange().expectStatus().isOk();

        assertThat(entries(Criteria.where("resourceId").is(id).and("action").is("READ"))).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.outcome()).isEqualTo(Outcome.SUCCESS);
                    assertThat(entry.region()).isEqualTo("zaanstreek-waterland");
                    assertThat(entry.service()).isEqualTo("signal-service");
                    assertThat(entry.actorUsername()).isEqualTo("af.zaanstad");
                    assertThat(entry.dataSubject()).isEqualTo("signal:" + id + "/persons");
                    assertThat(entry.purpose()).isEqualTo(SignalQueries.PURPOSE);
                    assertThat(entry.legalBasis()).isEqualTo(LegalBasis.MUNICIPAL_TASK.text());
                    assertThat(entry.traceId()).isEqualTo(TRACE_ID);
                    assertThat(entry.id()).isEqualTo(AccessLogEntry.key("zaanstreek-waterland", entry.sequence()));
                });
    }

    @Test
    void aListIsLoggedWithTheIdsItShowed() {
        String id = signalWithPerson();

        web.mutateWith(AF_ZAANSTAD).get().uri("/api/signals?sort=NEWEST&size=100").exchange().expectStatus().isOk();

        assertThat(entries(Criteria.where("action").is("LIST").and("resourceType").is("signal")
                .and("resourceIds").is(id)))
                .singleElement().satisfies(entry -> assertThat(entry.actorUsername()).isEqualTo("af.zaanstad"));
    }

    @Test
    void refusedCallsAreLoggedInTheCallersRegionOnly() {
        String id = signalWithPerson();
        String path = "/api/signals/" + id;

        ProblemAssertions.forbidden(web.mutateWith(HANDHAVER).get().uri(path).exchange());
        web.mutateWith(AF_HEEMSTEDE).get().uri(path).exchange().expectStatus().isNotFound();

        assertThat(entries(Criteria.where("resourceId").is(path)))
                .extracting(AccessLogEntry::actorUsername, AccessLogEntry::outcome, AccessLogEntry::region)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("handhaver.zaanstad", Outcome.DENIED,
                                "zaanstreek-waterland"),
                        org.assertj.core.groups.Tuple.tuple("af.heemstede", Outcome.NOT_FOUND, "kennemerland"));
    }

    @Test
    void anAnonymousStatusCheckIsLoggedWithTheSignalAsSubject() {
        Map<?, ?> receipt = web.post().uri("/api/public/anonymous-signals").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("municipalityCode", "GM0479", "forms", List.of("ARBEID"),
                        "observedAt", "2026-10-01T06:30:00Z", "description", "Anoniem " + UUID.randomUUID()))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();

        web.post().uri("/api/public/signal-status").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("caseCode", receipt.get("caseCode"), "secret", receipt.get("secret")))
                .exchange().expectStatus().isOk();
        web.post().uri("/api/public/signal-status").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("caseCode", receipt.get("caseCode"), "secret", "wrong-secret-123"))
                .exchange().expectStatus().isNotFound();

        assertThat(entries(Criteria.where("resourceType").is("signal-status"))).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo(AccessLogEntry.ANONYMOUS);
            assertThat(entry.region()).isEqualTo("zaanstreek-waterland");
            assertThat(entry.dataSubject()).isEqualTo("signal:" + entry.resourceId());
            assertThat(entry.legalBasis()).isEqualTo(LegalBasis.ANONYMOUS_REPORTER.text());
        });
        assertThat(entries(Criteria.where("resourceId").is("/api/public/signal-status"))).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.outcome()).isEqualTo(Outcome.NOT_FOUND);
                    assertThat(entry.actor()).isEqualTo(AccessLogEntry.ANONYMOUS);
                    assertThat(entry.region()).isEqualTo(AccessLogEntry.NO_REGION);
                });
    }

    @Test
    void thePrivacyOfficerFindsWhoSawAPersonInTheirOwnRegionOnly() {
        String id = signalWithPerson();
        web.mutateWith(AF_ZAANSTAD).get().uri("/api/signals/" + id).exchange().expectStatus().isOk();
        String subject = "signal:" + id + "/persons";

        web.mutateWith(PRIVACY_ZAANSTREEK).get()
                .uri(b -> b.path("/api/audit/signal-service/entries").queryParam("dataSubject", subject).build())
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items[?(@.action == 'READ')].actorUsername").isEqualTo(List.of("af.zaanstad"))
                .jsonPath("$.items[?(@.action == 'READ')].legalBasis")
                .isEqualTo(List.of(LegalBasis.MUNICIPAL_TASK.text()))
                .jsonPath("$.items[*].region").value(regions -> assertThat((List<Object>) regions)
                        .isNotEmpty().containsOnly("zaanstreek-waterland"));
        web.mutateWith(PRIVACY_ZAANSTREEK).get()
                .uri(b -> b.path("/api/audit/signal-service/entries").queryParam("actor", "af.zaanstad").build())
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items[*].actorUsername").value(users -> assertThat((List<Object>) users)
                        .isNotEmpty().containsOnly("af.zaanstad"));

        // another region's officer sees none of it
        web.mutateWith(PRIVACY_KENNEMERLAND).get()
                .uri(b -> b.path("/api/audit/signal-service/entries").queryParam("dataSubject", subject).build())
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.items").isEmpty()
                .jsonPath("$.page.totalElements").isEqualTo(0);
        web.mutateWith(PRIVACY_KENNEMERLAND).get().uri("/api/audit/signal-service/entries?size=100")
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items[?(@.region != 'kennemerland')]").isEmpty();

        // the officer's own query is logged, with the subject asked about
        assertThat(entries(Criteria.where("action").is("SEARCH").and("dataSubject").is(subject)))
                .extracting(AccessLogEntry::actorUsername, AccessLogEntry::region)
                .contains(org.assertj.core.groups.Tuple.tuple("privacy.zaanstreek", "zaanstreek-waterland"),
                        org.assertj.core.groups.Tuple.tuple("privacy.kennemerland", "kennemerland"));
    }

    @Test
    void onlyThePrivacyOfficerReadsTheLogAndOnlyOfThisService() {
        ProblemAssertions.forbidden(web.mutateWith(AF_ZAANSTAD).get().uri("/api/audit/signal-service/entries")
                .exchange());
        ProblemAssertions.forbidden(web.mutateWith(AF_ZAANSTAD).get().uri("/api/audit/signal-service/verification")
                .exchange());
        web.mutateWith(PRIVACY_ZAANSTREEK).get().uri("/api/audit/triage-service/entries").exchange()
                .expectStatus().isNotFound();
        ProblemAssertions.invalidParameter(web.mutateWith(PRIVACY_ZAANSTREEK).get()
                .uri("/api/audit/signal-service/entries?from=yesterday").exchange(), "from");
    }

    @Test
    void theVerificationSaysTheChainIsIntact() {
        signalWithPerson();
        web.mutateWith(PRIVACY_ZAANSTREEK).get().uri("/api/audit/signal-service/verification").exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("INTACT")
                .jsonPath("$.region").isEqualTo("zaanstreek-waterland")
                .jsonPath("$.service").isEqualTo("signal-service")
                .jsonPath("$.firstProblem").doesNotExist()
                .jsonPath("$.headHash").value(hash -> assertThat((String) hash).hasSize(64));
        assertThat(entries(Criteria.where("action").is("VERIFY"))).isNotEmpty();
    }
}
