package nl.mensenhandel.signal.signal;

import static nl.mensenhandel.signal.DemoUsers.AF_HEEMSTEDE;
import static nl.mensenhandel.signal.DemoUsers.AF_PURMEREND;
import static nl.mensenhandel.signal.DemoUsers.AF_ZAANSTAD;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import nl.mensenhandel.platform.config.Secrets;
import nl.mensenhandel.platform.audit.AccessLogEntry;
import nl.mensenhandel.platform.config.Secrets;
import nl.mensenhandel.platform.testing.EmbeddedMongo;
import nl.mensenhandel.platform.testing.TestJwts;
import nl.mensenhandel.signal.contract.ApiMapping;

/** The signal contract against the real service and the embedded store, with platform-shaped tokens. */
@SpringBootTest
// the development pseudonym secret is allowed under the local profile only (Secrets fail closed)
@ActiveProfiles(Secrets.LOCAL_PROFILE)
class SignalApiTest {

    static final EmbeddedMongo MONGO = EmbeddedMongo.start();

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", MONGO::uri);
    }

    @Autowired
    org.springframework.context.ApplicationContext context;

    WebTestClient web;

    @org.junit.jupiter.api.BeforeEach
    void client() {
        web = TestJwts.client(context);
    }

    @Autowired
    ReactiveMongoTemplate mongo;

    static final JwtMutator MELDER_ZAANSTAD = TestJwts.user("melder.zaanstad", "zaanstreek-waterland",
            List.of("GM0479"), "melder");

    static Map<String, Object> signal(String municipality) {
        return Map.of("municipalityCode", municipality, "forms", List.of("ARBEID", "CRIMINEEL"),
                "sourceType", "PROFESSIONAL", "description", "Veel matrassen in een bedrijfspand",
                "observedAt", "2026-10-01T08:00:00Z", "reporter", Map.of("contact", "meldpunt@zaanstad.example"));
    }

    WebTestClient.ResponseSpec create(JwtMutator who, Object body, String key) {
        var request = web.mutateWith(who).post().uri("/api/signals").contentType(MediaType.APPLICATION_JSON);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.bodyValue(body).exchange();
    }

    String createdId(JwtMutator who, String municipality) {
        return create(who, signal(municipality), null).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
    }

    @Test
    void aMelderReportsASignalAndTheAfOfTheMunicipalityReadsIt() {
        var created = create(MELDER_ZAANSTAD, signal("GM0479"), null)
                .expectStatus().isCreated()
                .expectHeader().valueMatches("Location", "/api/signals/[0-9a-f-]{36}")
                .expectBody()
                .jsonPath("$.status").isEqualTo("ONTVANGEN")
                .jsonPath("$.region").isEqualTo("zaanstreek-waterland")
                .jsonPath("$.description").doesNotExist()
                .returnResult();
        String location = created.getResponseHeaders().getLocation().toString();
        String id = location.substring(location.lastIndexOf('/') + 1);

        web.mutateWith(AF_ZAANSTAD).get().uri(location).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.id").isEqualTo(id).jsonPath("$.forms.length()").isEqualTo(2)
                .jsonPath("$.createdBy").isEqualTo("melder.zaanstad")
                .jsonPath("$.reporter.organisation").isEqualTo("Test melder.zaanstad")
                .jsonPath("$.reporter.contact").isEqualTo("meldpunt@zaanstad.example");

        List<AccessLogEntry> log = mongo.find(new Query(Criteria.where("resourceId").is(id).and("action").is("READ")),
                AccessLogEntry.class).collectList().block();
        assertThat(log).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("READ");
            assertThat(entry.actorUsername()).isEqualTo("af.zaanstad");
            assertThat(entry.actorRoles()).contains("aandachtsfunctionaris");
            assertThat(entry.purpose()).isNotBlank();
            assertThat(entry.at()).isNotNull();
        });
    }

    @Test
    void theSameIdempotencyKeyTwiceCreatesOneSignal() {
        String key = UUID.randomUUID().toString();
        String first = create(MELDER_ZAANSTAD, signal("GM0479"), key).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
        String second = create(MELDER_ZAANSTAD, signal("GM0479"), key).expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();

        assertThat(second).isEqualTo(first);
        assertThat(mongo.count(new Query(Criteria.where("_id").is(first)), Signal.class).block()).isEqualTo(1);

        create(MELDER_ZAANSTAD, signal("GM0439"), key).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("urn:mensenhandel:problem:idempotency-key-reused");
    }

    @Test
    void anInvalidBodyAnswers400NamingEachField() {
        Map<String, Object> invalid = Map.of("municipalityCode", "Zaanstad", "forms", List.of(),
                "sourceType", "PROFESSIONAL", "description", "", "observedAt", "2026-10-01T08:00:00Z");

        create(MELDER_ZAANSTAD, invalid, null).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:mensenhandel:problem:validation")
                .jsonPath("$.errors[*].field").value(fields -> assertThat((List<String>) fields)
                        .contains("municipalityCode", "forms", "description"));
    }

    @Test
    void anUnknownFormOrABadDateNamesTheField() {
        Map<String, Object> badEnum = new java.util.HashMap<>(signal("GM0479"));
        badEnum.put("forms", List.of("MENSENSMOKKEL"));
        create(MELDER_ZAANSTAD, badEnum, null).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").value(f -> assertThat(f.toString()).startsWith("forms"));

        Map<String, Object> badDate = new java.util.HashMap<>(signal("GM0479"));
        badDate.put("observedAt", "gisteren");
        create(MELDER_ZAANSTAD, badDate, null).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("observedAt");

        create(MELDER_ZAANSTAD, "{not json", null).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo("urn:mensenhandel:problem:malformed-request");
    }

    @Test
    void aFutureObservationOrAnUnknownMunicipalityIsRejected() {
        Map<String, Object> future = new java.util.HashMap<>(signal("GM0479"));
        future.put("observedAt", "2099-01-01T00:00:00Z");
        create(MELDER_ZAANSTAD, future, null).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("observedAt");

        // no gemeentecode at all; a valid code the platform does not serve is forwarded outside (issue 7 §5,
        // PartnerReportingApiTest)
        create(MELDER_ZAANSTAD, signal("GM99"), null).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("municipalityCode");
    }

    /** Rule (ApiMapping.instant): a date-time is RFC 3339, years 0000-9999; found by contract fuzzing as a 500. */
    @Test
    void aDateTimeBeyondRfc3339YearsIs400NotA500() {
        Map<String, Object> farPast = new java.util.HashMap<>(signal("GM0479"));
        farPast.put("observedAt", "-999999999-01-01T00:00:00Z");
        create(MELDER_ZAANSTAD, farPast, null).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("observedAt");

        web.mutateWith(AF_ZAANSTAD).get().uri(java.net.URI.create("/api/signals?observedFrom=%2B999999999-12-31T23:59:59Z"))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("observedFrom");
    }

    /** A null inside a list is a client's mistake, answered 400 naming the element; found by fuzzing as a 500. */
    @Test
    void aNullInsideAListIs400NamingTheElementNotA500() {
        Map<String, Object> withNullForm = new java.util.HashMap<>(signal("GM0479"));
        withNullForm.put("forms", java.util.Arrays.asList("ARBEID", null));
        create(MELDER_ZAANSTAD, withNullForm, null).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("forms[1]");
    }

    @Test
    void aRoleThatMayNotReportGets403() {
        // a handhaver reports since issue 7 §1; the policy director does not
        create(nl.mensenhandel.platform.testing.TestJwts.user("regisseur.zaanstreek", "zaanstreek-waterland", java.util.List.of(),
                "beleidsregisseur"), signal("GM0479"), null).expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo("urn:mensenhandel:problem:forbidden");
    }

    @Test
    void needToKnowOnReads() {
        String id = createdId(MELDER_ZAANSTAD, "GM0479");

        web.mutateWith(MELDER_ZAANSTAD).get().uri("/api/signals/" + id).exchange().expectStatus().isForbidden();
        web.mutateWith(AF_PURMEREND).get().uri("/api/signals/" + id).exchange().expectStatus().isNotFound();
        web.mutateWith(AF_HEEMSTEDE).get().uri("/api/signals/" + id).exchange().expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo("urn:mensenhandel:problem:not-found")
                .jsonPath("$.description").doesNotExist();
        web.get().uri("/api/signals/" + id).exchange().expectStatus().isUnauthorized();
    }

    @Test
    void theListShowsOnlyTheCallersMunicipalities() {
        String zaanstad = createdId(MELDER_ZAANSTAD, "GM0479");
        String purmerend = createdId(AF_PURMEREND, "GM0439");

        var page = web.mutateWith(AF_ZAANSTAD).get().uri("/api/signals?size=100&sort=NEWEST").exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
        assertThat(items).extracting(i -> i.get("id")).contains(zaanstad).doesNotContain(purmerend);
        assertThat(items).extracting(i -> i.get("municipalityCode")).containsOnly("GM0479");
        assertThat(((Map<String, Object>) page.get("page")).get("size")).isEqualTo(100);

        web.mutateWith(AF_ZAANSTAD).get().uri("/api/signals?municipalityCode=GM0439").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items.length()").isEqualTo(0);
        web.mutateWith(AF_ZAANSTAD).get().uri("/api/signals?size=0").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("size");
        web.mutateWith(AF_ZAANSTAD).get().uri("/api/signals?status=KWIJT").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("status");
        web.mutateWith(MELDER_ZAANSTAD).get().uri("/api/signals").exchange().expectStatus().isForbidden();
    }

    @Test
    void healthIsUpAgainstTheEmbeddedStore() {
        web.get().uri("/actuator/health").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }
}
