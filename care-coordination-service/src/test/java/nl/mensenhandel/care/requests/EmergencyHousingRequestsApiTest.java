package nl.mensenhandel.care.requests;

import static nl.mensenhandel.platform.testing.ProblemAssertions.forbidden;
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
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import nl.mensenhandel.platform.retention.RetentionRule;
import nl.mensenhandel.platform.testing.ApiTestSupport;
import nl.mensenhandel.platform.testing.TestJwts;

/**
 * receiveEmergencyHousingRequest and listEmergencyHousingRequests (issue 10): only enforcement-service's account
 * delivers, once per command id, counts only, stored with the zorgcoördinatoren's NOODHUISVESTING_GEVRAAGD
 * notification in its outbox; the region's zorgcoördinator lists them (access-logged), nobody else.
 */
@TestPropertySource(properties = "platform.outbox.enabled=false")
class EmergencyHousingRequestsApiTest extends ApiTestSupport {

    static final String PATH = "/api/care/emergency-housing-requests";
    static final String REGION = "zaanstreek-waterland";
    static final JwtMutator ENFORCEMENT = TestJwts.serviceAccount("enforcement-service");
    static final JwtMutator TRIAGE = TestJwts.serviceAccount("triage-service");
    static final JwtMutator ZC = TestJwts.user("zc.zaanstreek", REGION, List.of(), "zorgcoordinator");
    static final JwtMutator ZC_IJSSELLAND = TestJwts.user("zc.ijsselland", "ijsselland", List.of(),
            "zorgcoordinator");

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    List<RetentionRule> rules;

    @BeforeEach
    void clean() {
        mongo.remove(new Query(), EmergencyHousingRequest.class).block();
    }

    static Map<String, Object> request(String municipality) {
        Map<String, Object> body = new HashMap<>();
        body.put("region", REGION);
        body.put("municipalityCode", municipality);
        body.put("measureId", UUID.randomUUID().toString());
        body.put("instrumentCode", "SPOEDEISENDE_BESTUURSDWANG");
        body.put("adults", 2);
        body.put("minors", 1);
        body.put("shelterNeededFrom", "2026-11-23T18:00:00Z");
        return body;
    }

    WebTestClient.ResponseSpec post(JwtMutator who, Object body, String key) {
        var spec = api.mutateWith(who).post().uri(PATH).contentType(MediaType.APPLICATION_JSON);
        return (key == null ? spec : spec.header("Idempotency-Key", key)).bodyValue(body).exchange();
    }

    @Test
    void storedOnceWithTheZorgcoordinatorsNotificationARepeatAnswersTheFirst() {
        Map<String, Object> body = request("GM0479");
        String key = "emergency-housing:" + body.get("measureId");
        Map<?, ?> first = post(ENFORCEMENT, body, key).expectStatus().isCreated().expectBody(Map.class)
                .returnResult().getResponseBody();
        assertThat(first.get("adults")).isEqualTo(2);
        assertThat(first.get("minors")).isEqualTo(1);
        assertThat(first.get("measureId")).isEqualTo(body.get("measureId"));
        assertThat(first.get("municipalityCode")).isEqualTo("GM0479");
        post(ENFORCEMENT, body, key).expectStatus().isOk().expectBody().jsonPath("$.id").isEqualTo(first.get("id"));
        assertThat(mongo.count(new Query(), EmergencyHousingRequest.class).block()).isEqualTo(1);

        Document stored = mongo.findOne(new Query(), Document.class, EmergencyHousingRequest.COLLECTION).block();
        List<Document> outbox = stored.getList("outbox", Document.class);
        assertThat(outbox).singleElement().satisfies(entry -> {
            assertThat(entry.getString("id")).isEqualTo(first.get("id") + ":NOODHUISVESTING_GEVRAAGD");
            assertThat(entry.getString("kind")).isEqualTo("notification");
        });
        // the same key for another measure is another command
        post(ENFORCEMENT, request("GM0479"), key).expectStatus().isEqualTo(409);
    }

    @Test
    void onlyTheListedServiceAccountsDeliverInTheirMunicipalitysRegion() {
        for (JwtMutator other : List.of(TRIAGE, ZC, TestJwts.user("handhaver.zaanstad", REGION, List.of("GM0479"),
                "handhaver"))) {
            forbidden(post(other, request("GM0479"), "k-" + UUID.randomUUID()));
        }
        post(ENFORCEMENT, request("GM0479"), null).expectStatus().isBadRequest();
        // Heemstede is of Kennemerland
        post(ENFORCEMENT, request("GM0397"), "k-heemstede").expectStatus().isBadRequest();
        Map<String, Object> negative = request("GM0479");
        negative.put("adults", -1);
        post(ENFORCEMENT, negative, "k-negative").expectStatus().isBadRequest();
        assertThat(mongo.count(new Query(), EmergencyHousingRequest.class).block()).isZero();
    }

    @Test
    void theRegionsZorgcoordinatorListsThemNewestFirstAndTheListIsLogged() {
        post(ENFORCEMENT, request("GM0479"), "k-1").expectStatus().isCreated();
        post(ENFORCEMENT, request("GM0479"), "k-2").expectStatus().isCreated();
        api.mutateWith(ZC).get().uri(PATH).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(2)
                .jsonPath("$.items[0].instrumentCode").isEqualTo("SPOEDEISENDE_BESTUURSDWANG")
                .jsonPath("$.page.totalElements").isEqualTo(2);
        api.mutateWith(ZC_IJSSELLAND).get().uri(PATH).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(0);
        for (JwtMutator other : List.of(ENFORCEMENT, TestJwts.user("af.zaanstad", REGION, List.of("GM0479"),
                "aandachtsfunctionaris"))) {
            forbidden(api.mutateWith(other).get().uri(PATH).exchange());
        }
        assertThat(mongo.count(new Query(Criteria.where("resourceType").is("emergency-housing-request")
                .and("action").is("LIST")), "access_log").block()).isPositive();
    }

    /** Retention rule emergency-housing-requests. */
    @Test
    void retentionRemovesTheRegionsRequestsReceivedBeforeTheCutoff() {
        post(ENFORCEMENT, request("GM0479"), "k-retention").expectStatus().isCreated();
        RetentionRule rule = rules.stream().filter(r -> r.recordType().equals("emergency-housing-requests"))
                .findFirst().orElseThrow();
        Instant now = Instant.now();
        assertThat(rule.apply("ijsselland", now.plusSeconds(60), now).block()).isZero();
        assertThat(rule.apply(REGION, now.minusSeconds(3600), now).block()).isZero();
        assertThat(rule.apply(REGION, now.plusSeconds(60), now).block()).isEqualTo(1);
    }
}
