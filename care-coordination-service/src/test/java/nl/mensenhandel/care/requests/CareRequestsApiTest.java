package nl.mensenhandel.care.requests;

import static nl.mensenhandel.platform.testing.ProblemAssertions.forbidden;
import static nl.mensenhandel.platform.testing.ProblemAssertions.invalidParameter;
import static nl.mensenhandel.platform.testing.ProblemAssertions.unauthenticated;
import static org.assertj.core.api.Assertions.assertThat;

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

import nl.mensenhandel.care.trajectories.TrajectoryLookup;
import nl.mensenhandel.care.trajectories.TrajectoryOrigin;
import nl.mensenhandel.care.trajectories.TrajectoryStatus;
import nl.mensenhandel.care.trajectories.Zorgtraject;
import nl.mensenhandel.platform.retention.RetentionRule;
import nl.mensenhandel.platform.testing.ApiTestSupport;
import nl.mensenhandel.platform.testing.TestJwts;

/**
 * receiveCareRequest and listCareRequests against the embedded store (issue 8 capability 6: commands that are
 * never lost): only triage-service's account delivers, once per command id; the care need is stored encrypted;
 * the region's zorgcoordinator lists them, nobody else.
 */
class CareRequestsApiTest extends ApiTestSupport {

    static final String PATH = "/api/care/requests";
    static final String REGION = "ijsselland";
    static final JwtMutator TRIAGE = TestJwts.serviceAccount("triage-service");
    static final JwtMutator ZC = TestJwts.user("zc.ijsselland", REGION, List.of(), "zorgcoordinator");
    static final JwtMutator ZC_ZAANSTREEK = TestJwts.user("zc.zaanstreek", "zaanstreek-waterland", List.of(),
            "zorgcoordinator");

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    List<RetentionRule> rules;

    @Autowired
    TrajectoryLookup trajectories;

    @BeforeEach
    void clean() {
        mongo.remove(new Query(), CareRequest.class).block();
        mongo.remove(new Query(), Zorgtraject.COLLECTION).block();
    }

    static Map<String, Object> request(String careNeed) {
        Map<String, Object> body = new HashMap<>();
        body.put("region", REGION);
        body.put("caseId", UUID.randomUUID().toString());
        body.put("caseReference", "IJ-2026-0001");
        body.put("trackId", UUID.randomUUID().toString());
        body.put("trackType", "ZORGTRAJECT");
        body.put("municipalityCodes", List.of("GM0193"));
        body.put("regiehouderOrganisation", "Zorg- en Veiligheidshuis IJsselland");
        body.put("careNeed", careNeed);
        body.put("dueDate", "2026-12-01");
        body.put("urgent", true);
        return body;
    }

    WebTestClient.ResponseSpec post(JwtMutator who, Object body, String key) {
        var spec = api.mutateWith(who).post().uri(PATH).contentType(MediaType.APPLICATION_JSON);
        if (key != null) {
            spec = spec.header("Idempotency-Key", key);
        }
        return spec.bodyValue(body).exchange();
    }

    @Test
    void triageDeliversOnceARepeatAnswersTheFirstAndStoresNothingNew() {
        Map<String, Object> body = request("Onderdak en medische zorg voor twee arbeidsmigranten");
        String key = body.get("trackId") + ":care-request";
        post(TRIAGE, body, key).expectStatus().isCreated().expectBody()
                .jsonPath("$.status").isEqualTo("ONTVANGEN")
                .jsonPath("$.region").isEqualTo(REGION)
                .jsonPath("$.careNeed").isEqualTo("Onderdak en medische zorg voor twee arbeidsmigranten");
        String id = stored().getString("_id");
        post(TRIAGE, body, key).expectStatus().isOk().expectBody().jsonPath("$.id").isEqualTo(id);
        assertThat(mongo.count(new Query(), CareRequest.class).block()).isEqualTo(1);
        // the same command id for another request is a sender's bug: refused, nothing stored
        post(TRIAGE, request("iets anders"), key).expectStatus().isEqualTo(409);
        assertThat(mongo.count(new Query(), CareRequest.class).block()).isEqualTo(1);
    }

    /** Issue 9: receiving a table's care request opens its zorgtraject (AANGEMELD, origin TAFEL); a repeat opens none. */
    @Test
    void receivingOpensTheTrajectoryOnceARepeatOpensNothingNew() {
        Map<String, Object> body = request("Opvang voor een minderjarige");
        String key = body.get("trackId") + ":care-request";
        String trajectoryId = com.jayway.jsonpath.JsonPath.read(new String(post(TRIAGE, body, key).expectStatus()
                .isCreated().expectBody().returnResult().getResponseBody()), "$.trajectoryId");
        String requestId = stored().getString("_id");
        Zorgtraject opened = trajectories.byId(REGION, trajectoryId).block();
        assertThat(opened.status()).isEqualTo(TrajectoryStatus.AANGEMELD);
        assertThat(opened.origin()).isEqualTo(new TrajectoryOrigin(TrajectoryOrigin.Kind.TAFEL,
                (String) body.get("caseId"), "IJ-2026-0001", (String) body.get("trackId"), requestId, null));
        assertThat(opened.municipalityCodes()).containsExactly("GM0193");
        assertThat(opened.openedBy()).isEqualTo("triage-service");
        assertThat(opened.reference()).matches("ZT-\\d{4}-\\d{4}");
        post(TRIAGE, body, key).expectStatus().isOk().expectBody().jsonPath("$.trajectoryId").isEqualTo(trajectoryId);
        assertThat(mongo.count(new Query(), Zorgtraject.COLLECTION).block()).isEqualTo(1);
        api.mutateWith(ZC).get().uri(PATH).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items[0].trajectoryId").isEqualTo(trajectoryId);
    }

    /**
     * The process died between storing the request and opening its trajectory: the sender's retry (same command id)
     * opens it — with the id the request names — and still stores no second request.
     */
    @Test
    void aRetryAfterAStopBetweenRequestAndTrajectoryOpensIt() {
        Map<String, Object> body = request("Noodbed en medische zorg");
        String key = body.get("trackId") + ":care-request";
        post(TRIAGE, body, key).expectStatus().isCreated();
        String trajectoryId = stored().getString("trajectoryId");
        // the state a stop in between leaves: the request and its idempotency record, no trajectory
        mongo.remove(new Query(), Zorgtraject.COLLECTION).block();
        assertThat(trajectories.byId(REGION, trajectoryId).block()).isNull();
        post(TRIAGE, body, key).expectStatus().isOk().expectBody().jsonPath("$.trajectoryId").isEqualTo(trajectoryId);
        assertThat(trajectories.byId(REGION, trajectoryId).block().origin().kind())
                .isEqualTo(TrajectoryOrigin.Kind.TAFEL);
        assertThat(mongo.count(new Query(), CareRequest.class).block()).isEqualTo(1);
        assertThat(mongo.count(new Query(), Zorgtraject.COLLECTION).block()).isEqualTo(1);
    }

    @Test
    void theCareNeedIsEncryptedAtRest() {
        post(TRIAGE, request("Opvang in COSM voor Anna"), "k-enc").expectStatus().isCreated();
        Document raw = stored();
        assertThat(raw.getString("careNeed")).startsWith("enc:").doesNotContain("Anna");
        assertThat(raw.toJson()).doesNotContain("Anna");
    }

    /** Rule care-requests-from-platform-services: a user token answers 403, whatever its role. */
    @Test
    void onlyTheTrustedServiceAccountDelivers() {
        for (JwtMutator caller : List.of(ZC, TestJwts.user("casustafel.ijsselland", REGION, List.of(), "casustafel"),
                TestJwts.serviceAccount("signal-service"),
                TestJwts.careProvider("care-provider-humanitas", REGION, "humanitas", "zorgaanbieder"))) {
            forbidden(post(caller, request("x"), "k-" + UUID.randomUUID()));
        }
        unauthenticated(http.post().uri(PATH).contentType(MediaType.APPLICATION_JSON).bodyValue(request("x"))
                .exchange());
        assertThat(mongo.count(new Query(), CareRequest.class).block()).isZero();
    }

    @Test
    void theIdempotencyKeyIsRequired() {
        post(TRIAGE, request("x"), null).expectStatus().isBadRequest();
        assertThat(mongo.count(new Query(), CareRequest.class).block()).isZero();
    }

    @Test
    void municipalitiesMustLieInTheNamedRegion() {
        Map<String, Object> body = request("x");
        body.put("municipalityCodes", List.of("GM0479"));
        invalidParameter(post(TRIAGE, body, "k-muni"), "municipalityCodes");
        Map<String, Object> unknownRegion = request("x");
        unknownRegion.put("region", "atlantis");
        invalidParameter(post(TRIAGE, unknownRegion, "k-region"), "region");
    }

    @Test
    void theZorgcoordinatorOfTheRegionListsThemOthersDoNot() {
        post(TRIAGE, request("Zorg voor een minderjarige"), "k-list-1").expectStatus().isCreated();
        api.mutateWith(ZC).get().uri(PATH).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].careNeed").isEqualTo("Zorg voor een minderjarige")
                .jsonPath("$.page.totalElements").isEqualTo(1);
        // another region sees none of them
        api.mutateWith(ZC_ZAANSTREEK).get().uri(PATH).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(0);
        for (JwtMutator other : List.of(TestJwts.user("handhaver.zwolle", REGION, List.of("GM0193"), "handhaver"),
                TestJwts.user("regisseur.ijsselland", REGION, List.of(), "beleidsregisseur"), TRIAGE)) {
            forbidden(api.mutateWith(other).get().uri(PATH).exchange());
        }
        assertThat(mongo.count(new Query(Criteria.where("resourceType").is("care-request").and("action").is("LIST")),
                "access_log").block()).isPositive();
    }

    /** Retention rule care-requests: a region's requests received before the cutoff go, others stay. */
    @Test
    void retentionRemovesTheRegionsRequestsReceivedBeforeTheCutoff() {
        post(TRIAGE, request("Zorg"), "k-retention").expectStatus().isCreated();
        RetentionRule rule = rules.stream().filter(r -> r.recordType().equals("care-requests")).findFirst()
                .orElseThrow();
        java.time.Instant now = java.time.Instant.now();
        assertThat(rule.apply("zaanstreek-waterland", now.plusSeconds(60), now).block()).isZero();
        assertThat(rule.apply(REGION, now.minusSeconds(3600), now).block()).isZero();
        assertThat(rule.apply(REGION, now.plusSeconds(60), now).block()).isEqualTo(1);
        assertThat(mongo.count(new Query(), CareRequest.class).block()).isZero();
    }

    private Document stored() {
        return mongo.findOne(new Query(), Document.class, "care_requests").block();
    }
}
