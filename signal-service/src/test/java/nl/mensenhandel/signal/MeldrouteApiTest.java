package nl.mensenhandel.signal;

import static nl.mensenhandel.signal.DemoUsers.AF_HEEMSTEDE;
import static nl.mensenhandel.signal.DemoUsers.AF_PURMEREND;
import static nl.mensenhandel.signal.DemoUsers.AF_ZAANSTAD;
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
import org.springframework.test.context.ActiveProfiles;
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

import nl.mensenhandel.platform.config.Secrets;
import nl.mensenhandel.platform.audit.AccessLogEntry;
import nl.mensenhandel.platform.config.Secrets;
import nl.mensenhandel.platform.testing.EmbeddedMongo;
import nl.mensenhandel.platform.testing.TestJwts;
import nl.mensenhandel.signal.signal.Signal;

/** The whole interne meldroute against the real service and the embedded store. */
@SpringBootTest
// the development pseudonym secret is allowed under the local profile only (Secrets fail closed)
@ActiveProfiles(Secrets.LOCAL_PROFILE)
class MeldrouteApiTest {

    static final EmbeddedMongo MONGO = EmbeddedMongo.start();

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", MONGO::uri);
    }

    static final JwtMutator AF_SHARED = TestJwts.user("af.oostzaan-wormerland", "zaanstreek-waterland",
            List.of("GM0431", "GM0880"), "aandachtsfunctionaris");
    static final JwtMutator BEHEER = TestJwts.user("beheer.zaanstreek", "zaanstreek-waterland", List.of(),
            "regio-beheerder");
    static final JwtMutator BEHEER_KENNEMERLAND = TestJwts.user("beheer.kennemerland", "kennemerland", List.of(),
            "regio-beheerder");

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

    static Map<String, Object> report(String municipality) {
        Map<String, Object> body = new HashMap<>();
        body.put("municipalityCode", municipality);
        body.put("forms", List.of("ARBEID"));
        body.put("sourceType", "BURGER");
        body.put("description", "Busjes met arbeiders, vroeg in de ochtend " + UUID.randomUUID());
        body.put("observedAt", "2026-10-01T06:30:00Z");
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, Object... keyValues) {
        Map<String, Object> copy = new HashMap<>(body);
        for (int i = 0; i < keyValues.length; i += 2) {
            copy.put((String) keyValues[i], keyValues[i + 1]);
        }
        return copy;
    }

    static Map<String, Object> address(String postcode, String number) {
        return Map.of("street", "Teststraat", "houseNumber", number, "postcode", postcode, "city", "Zaandam");
    }

    WebTestClient.ResponseSpec post(JwtMutator who, String uri, Object body) {
        var request = who == null ? web.post() : web.mutateWith(who).post();
        return request.uri(uri).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    Map<String, Object> created(JwtMutator who, Map<String, Object> body) {
        return post(who, "/api/signals", body).expectStatus().isCreated().expectBody(Map.class).returnResult()
                .getResponseBody();
    }

    String createdId(JwtMutator who, Map<String, Object> body) {
        return created(who, body).get("id").toString();
    }

    WebTestClient.ResponseSpec transition(JwtMutator who, String id, Object... keyValues) {
        return post(who, "/api/signals/" + id + "/transitions", with(Map.of("reason", "test"), keyValues));
    }

    Map<String, Object> getJson(JwtMutator who, String uri) {
        return web.mutateWith(who).get().uri(uri).exchange().expectStatus().isOk().expectBody(Map.class)
                .returnResult().getResponseBody();
    }

    @Test
    void anAnonymousResidentReportsWithoutAnAccountAndAsksTheStatusWithCaseCodeAndSecret() {
        Map<String, Object> anonymous = Map.of("municipalityCode", "GM0479", "description", "Kinderen bedelen bij het station",
                "observedAt", "2026-11-01T10:00:00Z", "forms", List.of("CRIMINEEL"));
        Map<?, ?> receipt = post(null, "/api/public/anonymous-signals", anonymous).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        String caseCode = receipt.get("caseCode").toString();
        String secret = receipt.get("secret").toString();
        assertThat(caseCode).matches("MH-[A-Z0-9]{4}-[A-Z0-9]{4}");

        post(null, "/api/public/signal-status", Map.of("caseCode", caseCode, "secret", secret))
                .expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("ONTVANGEN")
                .jsonPath("$.description").doesNotExist();
        post(null, "/api/public/signal-status", Map.of("caseCode", caseCode, "secret", "wrong-secret"))
                .expectStatus().isNotFound();

        // nothing about the reporter is stored; the secret only as a salted hash
        Signal stored = mongo.findOne(new Query(Criteria.where("anonymousAccess.caseCode").is(caseCode)),
                Signal.class).block();
        assertThat(stored.createdBy()).isNull();
        assertThat(stored.createdBySubject()).isNull();
        assertThat(stored.reporter()).isNull();
        assertThat(stored.anonymousAccess().secretHash()).isNotEqualTo(secret).doesNotContain(secret);
    }

    @Test
    void aStaleTokenSentAlongDoesNotTurnAPublicCallIntoA401() {
        web.post().uri("/api/public/anonymous-signals").header("Authorization", "Bearer expired.or.garbage")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("municipalityCode", "GM0479", "description", "x", "observedAt", "2026-11-01T10:00:00Z"))
                .exchange().expectStatus().isCreated();
        web.get().uri("/api/signals").header("Authorization", "Bearer expired.or.garbage").exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void guessingSecretsLocksTheCaseCode() {
        Map<?, ?> receipt = post(null, "/api/public/anonymous-signals", Map.of("municipalityCode", "GM0479",
                "description", "x", "observedAt", "2026-11-01T10:00:00Z")).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        String caseCode = receipt.get("caseCode").toString();
        for (int i = 0; i < 5; i++) {
            post(null, "/api/public/signal-status", Map.of("caseCode", caseCode, "secret", "guess-" + i + "xxxx"))
                    .expectStatus().isNotFound();
        }
        post(null, "/api/public/signal-status", Map.of("caseCode", caseCode, "secret", receipt.get("secret")))
                .expectStatus().isEqualTo(429)
                .expectBody().jsonPath("$.type").isEqualTo("urn:mensenhandel:problem:rate-limited");
    }

    @Test
    void anAnonymousReportCarryingAReporterIdentityIsRejected() {
        post(null, "/api/public/anonymous-signals", Map.of("municipalityCode", "GM0479", "description", "x",
                "observedAt", "2026-11-01T10:00:00Z", "reporter", Map.of("contact", "06-12345678")))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("reporter");
        post(MELDER, "/api/signals", with(report("GM0479"), "sourceType", "MMA", "reporter",
                Map.of("contact", "06-12345678"))).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("reporter");
        post(MELDER, "/api/signals", with(report("GM0479"), "sourceType", "KETENPARTNER"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("reporter.contact");
        assertThat(mongo.count(new Query(Criteria.where("reporter.contact").is("06-12345678")), Signal.class)
                .block()).isZero();
    }

    @Test
    void aSignalAboutAnotherRegionGoesThereAndTheReporterKeepsSightOfItsStatus() {
        Map<String, Object> crossRegion = created(MELDER, report("GM0397"));
        String id = crossRegion.get("id").toString();
        assertThat(crossRegion.get("region")).isEqualTo("kennemerland");

        assertThat(getJson(AF_HEEMSTEDE, "/api/signals/" + id).get("municipalityCode")).isEqualTo("GM0397");
        web.mutateWith(AF_ZAANSTAD).get().uri("/api/signals/" + id).exchange().expectStatus().isNotFound();

        Map<String, Object> mine = getJson(MELDER, "/api/signals/reported-by-me?size=100");
        List<Map<String, Object>> items = (List<Map<String, Object>>) mine.get("items");
        assertThat(items).filteredOn(i -> i.get("id").equals(id)).singleElement()
                .satisfies(item -> {
                    assertThat(item.get("status")).isEqualTo("ONTVANGEN");
                    assertThat(item.get("region")).isEqualTo("kennemerland");
                    assertThat(item).doesNotContainKeys("description", "persons", "enrichments");
                });
    }

    @Test
    void aSharedAfServesEachOfTheirMunicipalities() {
        String wormerland = createdId(MELDER, report("GM0880"));
        String oostzaan = createdId(MELDER, report("GM0431"));

        Map<String, Object> workList = getJson(AF_SHARED, "/api/signals?size=100");
        assertThat((List<Map<String, Object>>) workList.get("items")).extracting(i -> i.get("id"))
                .contains(wormerland, oostzaan);
        web.mutateWith(AF_ZAANSTAD).get().uri("/api/signals/" + wormerland).exchange().expectStatus().isNotFound();
    }

    @Test
    void theResidenceAfIsInformedAndReadsButDoesNotRunTheRoute() {
        String id = createdId(MELDER, with(report("GM0479"), "residenceMunicipalityCode", "GM0439"));

        assertThat(getJson(AF_PURMEREND, "/api/signals/" + id).get("informedAsResidence")).isEqualTo(true);
        transition(AF_PURMEREND, id, "to", "IN_VERRIJKING").expectStatus().isForbidden();
        transition(AF_ZAANSTAD, id, "to", "IN_VERRIJKING").expectStatus().isOk();
        assertThat(getJson(AF_ZAANSTAD, "/api/signals/" + id).get("informedAsResidence")).isEqualTo(false);
    }

    @Test
    void theResidenceAfInAnotherRegionIsInformedToo() {
        // exploitation in Zaanstad (Zaanstreek-Waterland), the possible victim lives in Heemstede (Kennemerland)
        String id = createdId(MELDER, with(report("GM0479"), "residenceMunicipalityCode", "GM0397"));

        Map<String, Object> read = getJson(AF_HEEMSTEDE, "/api/signals/" + id);
        assertThat(read.get("region")).isEqualTo("zaanstreek-waterland");
        assertThat(read.get("informedAsResidence")).isEqualTo(true);
        assertThat((List<Map<String, Object>>) getJson(AF_HEEMSTEDE, "/api/signals?size=100").get("items"))
                .extracting(i -> i.get("id")).contains(id);
        transition(AF_HEEMSTEDE, id, "to", "IN_VERRIJKING").expectStatus().isForbidden();
        post(AF_HEEMSTEDE, "/api/signals/" + id + "/enrichments",
                Map.of("source", "BRP", "summary", "x", "legalBasis", "x")).expectStatus().isForbidden();
        // a third region still sees nothing
        web.mutateWith(TestJwts.user("af.zwolle", "ijsselland", List.of("GM0193"), "aandachtsfunctionaris")).get()
                .uri("/api/signals/" + id).exchange().expectStatus().isNotFound();
    }

    @Test
    void theRouteFollowsTheTransitionTableAndRecordsWhoWhenAndWhy() {
        String id = createdId(MELDER, with(report("GM0479"), "sourceType", "PROFESSIONAL",
                "reporter", Map.of("contact", "wijkteam@zaanstad.example")));

        transition(AF_ZAANSTAD, id, "to", "DOORGELEID", "feedback", "x").expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("urn:mensenhandel:problem:illegal-transition");
        transition(AF_ZAANSTAD, id, "to", "IN_VERRIJKING").expectStatus().isOk();
        transition(AF_ZAANSTAD, id, "to", "TER_WEGING").expectStatus().isOk();
        transition(AF_ZAANSTAD, id, "to", "AFGESLOTEN", "feedback", "x").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("closingReason");
        transition(AF_ZAANSTAD, id, "to", "DOORGELEID").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("feedback");
        transition(AF_ZAANSTAD, id, "to", "DOORGELEID", "forwardedTo", "Zorgcoördinator HVO Querido",
                "feedback", "Doorgezet naar de zorgcoördinator.").expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("DOORGELEID")
                .jsonPath("$.history.length()").isEqualTo(3)
                .jsonPath("$.history[2].from").isEqualTo("TER_WEGING")
                .jsonPath("$.history[2].by").isEqualTo("af.zaanstad")
                .jsonPath("$.history[2].reason").isEqualTo("test");

        Map<String, Object> mine = getJson(MELDER, "/api/signals/reported-by-me?size=100");
        assertThat((List<Map<String, Object>>) mine.get("items")).filteredOn(i -> i.get("id").equals(id))
                .singleElement().satisfies(item -> {
                    assertThat(item.get("status")).isEqualTo("DOORGELEID");
                    assertThat(item.get("feedback")).isEqualTo("Doorgezet naar de zorgcoördinator.");
                });

        // reopen with a reason, then close as not confirmed
        transition(AF_ZAANSTAD, id, "to", "IN_VERRIJKING").expectStatus().isOk();
        transition(AF_ZAANSTAD, id, "to", "AFGESLOTEN", "closingReason", "NIET_BEVESTIGD", "feedback", "Niet bevestigd.")
                .expectStatus().isOk().expectBody().jsonPath("$.closingReason").isEqualTo("NIET_BEVESTIGD");
    }

    @Test
    void enrichmentIsAppendOnlyCorrectedByANewEntryAndOncePerIdempotencyKey() {
        String id = createdId(MELDER, report("GM0479"));
        Map<String, Object> entry = Map.of("source", "BRP", "summary", "Op het adres staan 14 personen ingeschreven",
                "legalBasis", "Wet BRP art. 3.8");

        var first = web.mutateWith(AF_ZAANSTAD).post().uri("/api/signals/" + id + "/enrichments")
                .header("Idempotency-Key", "enrich-1").contentType(MediaType.APPLICATION_JSON).bodyValue(entry)
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        web.mutateWith(AF_ZAANSTAD).post().uri("/api/signals/" + id + "/enrichments")
                .header("Idempotency-Key", "enrich-1").contentType(MediaType.APPLICATION_JSON).bodyValue(entry)
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.id").isEqualTo(first.get("id"));

        post(AF_ZAANSTAD, "/api/signals/" + id + "/enrichments", Map.of("source", "BRP",
                "summary", "Correctie: 4 personen", "legalBasis", "Wet BRP art. 3.8", "corrects", first.get("id")))
                .expectStatus().isCreated();
        post(AF_ZAANSTAD, "/api/signals/" + id + "/enrichments", Map.of("source", "BRP", "summary", "x",
                "legalBasis", "x", "corrects", UUID.randomUUID().toString()))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("corrects");
        post(AF_ZAANSTAD, "/api/signals/" + id + "/enrichments", Map.of("source", "BRP", "summary", "x"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("legalBasis");

        Map<String, Object> signal = getJson(AF_ZAANSTAD, "/api/signals/" + id);
        List<Map<String, Object>> enrichments = (List<Map<String, Object>>) signal.get("enrichments");
        assertThat(enrichments).hasSize(2);
        assertThat(enrichments.get(0).get("summary")).isEqualTo("Op het adres staan 14 personen ingeschreven");
        assertThat(enrichments.get(1).get("corrects")).isEqualTo(first.get("id"));
        assertThat(enrichments.get(0).get("author")).isEqualTo("af.zaanstad");

        transition(AF_ZAANSTAD, id, "to", "AFGESLOTEN", "closingReason", "NIET_MENSENHANDEL", "feedback", "Geen mensenhandel.")
                .expectStatus().isOk();
        post(AF_ZAANSTAD, "/api/signals/" + id + "/enrichments", entry).expectStatus().isEqualTo(409);
    }

    @Test
    void duplicatesAreProposedMergedReversiblyAndCountedRawAndUnique() {
        String postcode = "15" + (10 + (int) (Math.random() * 89)) + " ZZ";
        String number = String.valueOf(100 + (int) (Math.random() * 900));
        Map<String, Object> person = Map.of("role", "MOGELIJK_SLACHTOFFER", "minor", true,
                "identifyingHint", "Testpersoon " + number);
        String first = createdId(MELDER, with(report("GM0479"), "location", address(postcode, number)));
        String second = createdId(MELDER, with(report("GM0479"), "location", address(postcode.replace(" ", ""), number),
                "persons", List.of(person)));
        String third = createdId(MELDER, with(report("GM0479"), "persons", List.of(person)));

        List<Map<String, Object>> candidates = web.mutateWith(AF_ZAANSTAD).get()
                .uri("/api/signals/" + second + "/duplicate-candidates").exchange().expectStatus().isOk()
                .expectBodyList(Map.class).returnResult().getResponseBody().stream()
                .map(m -> (Map<String, Object>) m).toList();
        assertThat(candidates).filteredOn(c -> c.get("signalId").equals(first)).singleElement()
                .satisfies(c -> assertThat((List<String>) c.get("reasons")).containsExactly("SAME_ADDRESS"));
        assertThat(candidates).filteredOn(c -> c.get("signalId").equals(third)).singleElement()
                .satisfies(c -> assertThat((List<String>) c.get("reasons")).containsExactly("SAME_PERSON"));

        Map<String, Object> before = getJson(AF_ZAANSTAD, "/api/signals/counts");
        Map<?, ?> link = post(AF_ZAANSTAD, "/api/signals/" + first + "/links",
                Map.of("otherSignalId", second, "kind", "MERGE", "reason", "Zelfde adres, zelfde situatie"))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        Map<String, Object> merged = getJson(AF_ZAANSTAD, "/api/signals/counts");
        assertThat(((Number) merged.get("raw")).longValue()).isEqualTo(((Number) before.get("raw")).longValue());
        assertThat(((Number) merged.get("unique")).longValue())
                .isEqualTo(((Number) before.get("unique")).longValue() - 1);
        assertThat(getJson(AF_ZAANSTAD, "/api/signals/" + second).get("mergedInto")).isEqualTo(first);
        // both histories stay: the merged signal is still there, just out of the default work list
        assertThat((List<Map<String, Object>>) getJson(AF_ZAANSTAD, "/api/signals?size=100").get("items"))
                .extracting(i -> i.get("id")).doesNotContain(second);
        assertThat((List<Map<String, Object>>) getJson(AF_ZAANSTAD, "/api/signals?size=100&includeMerged=true")
                .get("items")).filteredOn(i -> i.get("id").equals(second)).singleElement()
                .satisfies(i -> assertThat(i.get("mergedInto")).isEqualTo(first));

        post(AF_ZAANSTAD, "/api/signals/" + third + "/links",
                Map.of("otherSignalId", second, "kind", "MERGE", "reason", "nogmaals")).expectStatus().isEqualTo(409);
        post(AF_ZAANSTAD, "/api/signals/" + first + "/links",
                Map.of("otherSignalId", first, "kind", "SAME_ADDRESS", "reason", "x")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").value(d -> assertThat((String) d).contains("link-not-to-itself"));

        String revocation = "/api/signals/" + first + "/links/" + link.get("id") + "/revocation";
        post(AF_ZAANSTAD, revocation, Map.of("reason", "Toch twee situaties")).expectStatus().isOk()
                .expectBody().jsonPath("$.revokedBy").isEqualTo("af.zaanstad");
        post(AF_ZAANSTAD, revocation, Map.of("reason", "nogmaals")).expectStatus().isEqualTo(409);
        assertThat(getJson(AF_ZAANSTAD, "/api/signals/counts")).isEqualTo(before);
        assertThat((List<Map<String, Object>>) getJson(AF_ZAANSTAD, "/api/signals/" + first).get("links"))
                .singleElement().satisfies(l -> assertThat(l.get("revokedAt")).isNotNull());

        // after the revocation the duplicate may be merged again, and the store itself refuses a second
        // active merge of it (two AFs racing past the read-side check)
        post(AF_ZAANSTAD, "/api/signals/" + third + "/links",
                Map.of("otherSignalId", second, "kind", "MERGE", "reason", "Zelfde persoon")).expectStatus().isCreated();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> mongo.insert(new nl.mensenhandel.signal.links.SignalLink(
                        UUID.randomUUID().toString(), "zaanstreek-waterland", first, second,
                        nl.mensenhandel.signal.links.LinkKind.MERGE, "race", "af.other", java.time.Instant.now(),
                        null, null, null, second)).block())
                .isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
    }

    @Test
    void aCategoryOrSectorTheRegioBeheerderSwitchesOffIsRefusedByTheNextIntakeAtOnce() {
        // the service keeps a region's vocabulary in memory for a while; a change through it takes effect at once
        web.mutateWith(BEHEER).put().uri("/api/signals/categories/SOON_GONE").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "Soon gone", "form", "ARBEID")).exchange().expectStatus().isOk();
        web.mutateWith(BEHEER).put().uri("/api/signals/sectors/SOON_GONE_SECTOR").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "Soon gone")).exchange().expectStatus().isOk();
        createdId(MELDER, with(report("GM0479"), "categories", List.of("SOON_GONE"), "sector", "SOON_GONE_SECTOR"));

        web.mutateWith(BEHEER).put().uri("/api/signals/categories/SOON_GONE").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "Soon gone", "form", "ARBEID", "active", false)).exchange()
                .expectStatus().isOk();
        post(MELDER, "/api/signals", with(report("GM0479"), "categories", List.of("SOON_GONE")))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("categories");
        web.mutateWith(BEHEER).put().uri("/api/signals/sectors/SOON_GONE_SECTOR").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "Soon gone", "active", false)).exchange().expectStatus().isOk();
        post(MELDER, "/api/signals", with(report("GM0479"), "sector", "SOON_GONE_SECTOR"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("sector");
    }

    @Test
    void aRegionConfiguresItsOwnCategoriesAndSectorsAndSignalsUseThem() {
        post(AF_ZAANSTAD, "/api/signals/categories/LOVERBOY", Map.of("name", "x", "form", "ARBEID"))
                .expectStatus().isEqualTo(405); // PUT only
        web.mutateWith(AF_ZAANSTAD).put().uri("/api/signals/categories/LOVERBOY")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("name", "x", "form", "ARBEID"))
                .exchange().expectStatus().isForbidden();
        web.mutateWith(BEHEER).put().uri("/api/signals/categories/MONEY_MULES")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("name", "Money mules", "form", "CRIMINEEL"))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.active").isEqualTo(true);
        web.mutateWith(BEHEER).put().uri("/api/signals/sectors/HORECA").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "Horeca")).exchange().expectStatus().isOk();
        web.mutateWith(BEHEER_KENNEMERLAND).put().uri("/api/signals/categories/ALLEEN_KENNEMERLAND")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("name", "x", "form", "SEKSUEEL"))
                .exchange().expectStatus().isOk();

        String id = createdId(MELDER, with(report("GM0479"), "categories", List.of("MONEY_MULES"),
                "sector", "HORECA"));
        Map<String, Object> signal = getJson(AF_ZAANSTAD, "/api/signals/" + id);
        // a category suggests its form, it does not add it (issue 7 capability 4)
        assertThat((List<String>) signal.get("forms")).containsExactly("ARBEID");
        assertThat((List<String>) signal.get("suggestedForms")).containsExactly("CRIMINEEL");
        assertThat(getJson(AF_ZAANSTAD, "/api/signals?category=MONEY_MULES&size=100").get("items"))
                .asList().hasSizeGreaterThanOrEqualTo(1);

        post(MELDER, "/api/signals", with(report("GM0479"), "categories", List.of("ALLEEN_KENNEMERLAND")))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("categories");
        post(MELDER, "/api/signals", with(report("GM0479"), "sector", "BOUWPLAATS_X"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("sector");
        web.mutateWith(AF_ZAANSTAD).get().uri("/api/signals/categories").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.code=='MONEY_MULES')].form").isEqualTo(List.of("CRIMINEEL"))
                .jsonPath("$[?(@.code=='ALLEEN_KENNEMERLAND')]").isEmpty();
    }

    @Test
    void theWorkListPutsUrgentSignalsFirstFiltersAndCountsPerStatus() {
        String spoed = createdId(MELDER, with(report("GM0479"), "urgency", "SPOED", "forms", List.of("SEKSUEEL")));
        createdId(MELDER, report("GM0479"));

        Map<String, Object> page = getJson(AF_ZAANSTAD, "/api/signals?size=1");
        assertThat(((List<Map<String, Object>>) page.get("items")).get(0).get("urgency")).isEqualTo("SPOED");
        assertThat(((Map<String, Number>) page.get("statusCounts")).get("ONTVANGEN").longValue()).isPositive();

        Map<String, Object> sexual = getJson(AF_ZAANSTAD, "/api/signals?form=SEKSUEEL&urgency=SPOED&size=100");
        assertThat((List<Map<String, Object>>) sexual.get("items")).extracting(i -> i.get("id")).contains(spoed)
                .allSatisfy(id -> assertThat(id).isNotNull());
        assertThat((List<Map<String, Object>>) sexual.get("items"))
                .allSatisfy(i -> assertThat((List<String>) i.get("forms")).contains("SEKSUEEL"));
        assertThat((List<Map<String, Object>>) getJson(AF_ZAANSTAD,
                "/api/signals?observedFrom=2030-01-01T00:00:00Z").get("items")).isEmpty();
    }

    @Test
    void badInputAndOperatorInjectionAnswerProblemsAndWriteNothing() {
        long before = mongo.count(new Query(), Signal.class).block();

        post(MELDER, "/api/signals", with(report("GM0479"), "description", "x".repeat(4001)))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("description");
        post(MELDER, "/api/signals", with(report("GM0479"), "unexpected", "field"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("unexpected");
        post(MELDER, "/api/signals", with(report("GM0479"), "municipalityCode", Map.of("$ne", "x")))
                .expectStatus().isBadRequest();
        for (String query : List.of("status=%7B%22%24ne%22%3Anull%7D", "category=%24where",
                "municipalityCode=GM0479%27%7C%7C%271", "urgency[$ne]=SPOED&size=abc")) {
            web.mutateWith(AF_ZAANSTAD).get().uri("/api/signals?" + query).exchange().expectStatus().isBadRequest()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        // an unknown parameter name is ignored, never turned into an operator
        web.mutateWith(AF_ZAANSTAD).get().uri("/api/signals?status[$ne]=X&size=100").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items[?(@.municipalityCode != 'GM0479')]").isEmpty();

        assertThat(mongo.count(new Query(), Signal.class).block()).isEqualTo(before);
    }

    @Test
    void readingASignalWithPersonsIsAccessLoggedWithTheDataSubject() {
        String id = createdId(MELDER, with(report("GM0479"), "persons",
                List.of(Map.of("role", "MOGELIJK_SLACHTOFFER", "minor", true, "nationality", "RO"))));

        web.mutateWith(AF_ZAANSTAD).get().uri("/api/signals/" + id).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.persons[0].minor").isEqualTo(true)
                .jsonPath("$.persons[0].identifyingHint").doesNotExist();

        AccessLogEntry entry = mongo.findOne(new Query(Criteria.where("resourceId").is(id).and("action").is("READ")),
                AccessLogEntry.class).block();
        assertThat(entry.dataSubject()).isEqualTo("signal:" + id + "/persons");
        assertThat(entry.actorUsername()).isEqualTo("af.zaanstad");

        // writes of personal data are logged too: the intake and every step on the route
        transition(AF_ZAANSTAD, id, "to", "IN_VERRIJKING").expectStatus().isOk();
        List<AccessLogEntry> all = mongo.find(new Query(Criteria.where("resourceId").is(id)), AccessLogEntry.class)
                .collectList().block();
        assertThat(all).extracting(AccessLogEntry::action).contains("CREATE", "READ", "TRANSITION");
        assertThat(all).filteredOn(e -> e.action().equals("CREATE")).singleElement()
                .satisfies(e -> assertThat(e.actorUsername()).isEqualTo("melder.zaanstad"));
    }
}
