package nl.mensenhandel.care.intake;

import static nl.mensenhandel.platform.testing.ProblemAssertions.forbidden;
import static nl.mensenhandel.platform.testing.ProblemAssertions.unauthenticated;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.test.web.reactive.server.WebTestClient;

import nl.mensenhandel.platform.retention.RetentionRule;
import nl.mensenhandel.platform.testing.ApiTestSupport;
import nl.mensenhandel.platform.testing.TestJwts;

/**
 * The zorgcoördinator's own intake (issue 9 capability 1) against the embedded store: recorded with who asked and
 * when, once per Idempotency-Key, encrypted at rest; an AF asks for themselves and sees only their own questions.
 */
class CareQuestionsApiTest extends ApiTestSupport {

    static final String PATH = "/api/care/questions";
    static final String REGION = "ijsselland";
    static final JwtMutator ZC = TestJwts.user("zc.ijsselland", REGION, List.of(), "zorgcoordinator");
    static final JwtMutator AF = TestJwts.user("af.zwolle", REGION, List.of("GM0193"), "aandachtsfunctionaris");
    static final JwtMutator AF_DEVENTER = TestJwts.user("af.deventer", REGION, List.of("GM0150"),
            "aandachtsfunctionaris");
    static final JwtMutator ZC_ROTTERDAM = TestJwts.user("zc.rotterdam", "rotterdam", List.of(), "zorgcoordinator");

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    List<RetentionRule> rules;

    @BeforeEach
    void clean() {
        mongo.remove(new Query(), CareQuestion.class).block();
    }

    static Map<String, Object> byPhone(String summary) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "NOODBEDAANVRAAG");
        body.put("requesterKind", "POLITIE_AVIM");
        body.put("requesterOrganisation", "Politie Oost-Nederland, AVIM");
        body.put("requesterContact", "Brigadier De Vries 06-12345678");
        body.put("askedAt", "2026-11-21T23:40:00Z");
        body.put("municipalityCode", "GM0193");
        body.put("summary", summary);
        body.put("urgent", true);
        return body;
    }

    static Map<String, Object> fromAf(String summary) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "ADVIESVRAAG");
        body.put("municipalityCode", "GM0193");
        body.put("summary", summary);
        return body;
    }

    WebTestClient.ResponseSpec post(JwtMutator who, Object body, String key) {
        var spec = api.mutateWith(who).post().uri(PATH).contentType(MediaType.APPLICATION_JSON);
        if (key != null) {
            spec = spec.header("Idempotency-Key", key);
        }
        return spec.bodyValue(body).exchange();
    }

    String recorded(JwtMutator who, Map<String, Object> body) {
        byte[] answer = post(who, body, "k-" + UUID.randomUUID()).expectStatus().isCreated().expectBody()
                .returnResult().getResponseBody();
        return com.jayway.jsonpath.JsonPath.read(new String(answer), "$.id");
    }

    @Test
    void theZorgcoordinatorRecordsWhoAskedAndWhenOnceperIdempotencyKey() {
        Map<String, Object> body = byPhone("Vrouw aangetroffen bij controle, noodbed nodig");
        post(ZC, body, "k-phone").expectStatus().isCreated().expectBody()
                .jsonPath("$.region").isEqualTo(REGION)
                .jsonPath("$.kind").isEqualTo("NOODBEDAANVRAAG")
                .jsonPath("$.requesterKind").isEqualTo("POLITIE_AVIM")
                .jsonPath("$.requesterOrganisation").isEqualTo("Politie Oost-Nederland, AVIM")
                .jsonPath("$.requesterContact").isEqualTo("Brigadier De Vries 06-12345678")
                .jsonPath("$.askedAt").isEqualTo("2026-11-21T23:40:00Z")
                .jsonPath("$.recordedBy").isEqualTo("zc.ijsselland")
                .jsonPath("$.urgent").isEqualTo(true);
        post(ZC, body, "k-phone").expectStatus().isOk();
        assertThat(mongo.count(new Query(), CareQuestion.class).block()).isEqualTo(1);
        post(ZC, byPhone("iets anders"), "k-phone").expectStatus().isEqualTo(409);
        post(ZC, body, null).expectStatus().isBadRequest();
    }

    @Test
    void theSummaryAndTheRequestersContactAreEncryptedAtRest() {
        post(ZC, byPhone("Anna Jansen, 19 jaar, gevonden in Zwolle"), "k-enc").expectStatus().isCreated();
        Document raw = mongo.findOne(new Query(), Document.class, CareQuestion.COLLECTION).block();
        assertThat(raw.getString("summary")).startsWith("enc:");
        assertThat(raw.getString("requesterContact")).startsWith("enc:");
        assertThat(raw.toJson()).doesNotContain("Anna").doesNotContain("De Vries").doesNotContain("06-12345678");
    }

    /** Rule requester-required: the zorgcoordinator names who asked. */
    @Test
    void requesterRequiredForTheZorgcoordinator() {
        Map<String, Object> body = byPhone("x");
        body.remove("requesterOrganisation");
        unprocessable(post(ZC, body, "k-req-1"), "requester-required");
        Map<String, Object> noKind = byPhone("x");
        noKind.remove("requesterKind");
        unprocessable(post(ZC, noKind, "k-req-2"), "requester-required");
        assertThat(mongo.count(new Query(), CareQuestion.class).block()).isZero();
    }

    /** Rules requester-is-caller and municipality-of-caller: an AF asks for themselves about their municipality. */
    @Test
    void anAfIsTheRequesterAndAsksAboutTheirOwnMunicipality() {
        post(AF, fromAf("Hoe verwijs ik een mogelijk slachtoffer?"), "k-af").expectStatus().isCreated().expectBody()
                .jsonPath("$.requesterKind").isEqualTo("AANDACHTSFUNCTIONARIS")
                .jsonPath("$.requesterOrganisation").isEqualTo("Test af.zwolle")
                .jsonPath("$.recordedBy").isEqualTo("af.zwolle");
        Map<String, Object> other = fromAf("x");
        other.put("requesterKind", "PARTNER");
        unprocessable(post(AF, other, "k-af-2"), "requester-is-caller");
        Map<String, Object> otherOrganisation = fromAf("x");
        otherOrganisation.put("requesterOrganisation", "Gemeente Deventer");
        unprocessable(post(AF, otherOrganisation, "k-af-3"), "requester-is-caller");
        Map<String, Object> deventer = fromAf("x");
        deventer.put("municipalityCode", "GM0150");
        unprocessable(post(AF, deventer, "k-af-4"), "municipality-of-caller");
        assertThat(mongo.count(new Query(), CareQuestion.class).block()).isEqualTo(1);
    }

    /** Rule asked-not-in-future. */
    @Test
    void askedNotInFuture() {
        Map<String, Object> body = byPhone("x");
        body.put("askedAt", Instant.now().plusSeconds(3600).toString());
        unprocessable(post(ZC, body, "k-future"), "asked-not-in-future");
    }

    @Test
    void otherRolesAre403AndNoTokenIs401() {
        for (JwtMutator other : List.of(TestJwts.user("casustafel.ijsselland", REGION, List.of(), "casustafel"),
                TestJwts.user("handhaver.zwolle", REGION, List.of("GM0193"), "handhaver"),
                TestJwts.user("regisseur.ijsselland", REGION, List.of(), "beleidsregisseur"))) {
            forbidden(post(other, byPhone("x"), "k-" + UUID.randomUUID()));
            forbidden(api.mutateWith(other).get().uri(PATH).exchange());
        }
        unauthenticated(http.get().uri(PATH).exchange());
        assertThat(mongo.count(new Query(), CareQuestion.class).block()).isZero();
    }

    @Test
    void theZorgcoordinatorSeesTheRegionsQuestionsAnAfOnlyTheirOwnAnotherRegionNone() {
        String byZc = recorded(ZC, byPhone("Melding van de KMar"));
        String byAf = recorded(AF, fromAf("Vraag van Zwolle"));
        api.mutateWith(ZC).get().uri(PATH).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(2)
                .jsonPath("$.page.totalElements").isEqualTo(2);
        api.mutateWith(ZC).get().uri(PATH + "?kind=ADVIESVRAAG").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].id").isEqualTo(byAf);
        api.mutateWith(AF).get().uri(PATH).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].id").isEqualTo(byAf);
        api.mutateWith(AF_DEVENTER).get().uri(PATH).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(0);
        api.mutateWith(ZC_ROTTERDAM).get().uri(PATH).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(0);
        // one question: the AF only their own; another region 404
        api.mutateWith(ZC).get().uri(PATH + "/" + byAf).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.summary").isEqualTo("Vraag van Zwolle");
        api.mutateWith(AF).get().uri(PATH + "/" + byAf).exchange().expectStatus().isOk();
        api.mutateWith(AF).get().uri(PATH + "/" + byZc).exchange().expectStatus().isNotFound();
        api.mutateWith(ZC_ROTTERDAM).get().uri(PATH + "/" + byZc).exchange().expectStatus().isNotFound();
        forbidden(api.mutateWith(TestJwts.user("casustafel.ijsselland", REGION, List.of(), "casustafel")).get()
                .uri(PATH + "/" + byZc).exchange());
        assertThat(mongo.count(new Query(Criteria.where("resourceType").is("care-question").and("action").is("READ")),
                "access_log").block()).isGreaterThanOrEqualTo(2);
        assertThat(mongo.count(new Query(Criteria.where("resourceType").is("care-question").and("action").is("LIST")),
                "access_log").block()).isPositive();
        assertThat(mongo.count(new Query(Criteria.where("resourceType").is("care-question").and("action")
                .is("CREATE")), "access_log").block()).isPositive();
    }

    /** Retention rule care-questions: a question without a trajectory goes after the period; one with stays. */
    @Test
    void retentionRemovesOldQuestionsThatOpenedNoTrajectory() {
        String plain = recorded(ZC, byPhone("a"));
        String linked = recorded(ZC, byPhone("b"));
        mongo.updateFirst(new Query(Criteria.where("_id").is(linked)),
                new org.springframework.data.mongodb.core.query.Update().set("trajectoryId", UUID.randomUUID().toString()),
                CareQuestion.class).block();
        RetentionRule rule = rules.stream().filter(r -> r.recordType().equals("care-questions")).findFirst()
                .orElseThrow();
        Instant now = Instant.now();
        assertThat(rule.apply(REGION, now.minusSeconds(3600), now).block()).isZero();
        assertThat(rule.apply("rotterdam", now.plusSeconds(60), now).block()).isZero();
        assertThat(rule.apply(REGION, now.plusSeconds(60), now).block()).isEqualTo(1);
        assertThat(mongo.findById(plain, CareQuestion.class).block()).isNull();
        assertThat(mongo.findById(linked, CareQuestion.class).block()).isNotNull();
    }

    static void unprocessable(WebTestClient.ResponseSpec response, String rule) {
        response.expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:mensenhandel:problem:unprocessable")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("rule: " + rule));
    }
}
