package nl.mensenhandel.enforcement.requests;

import static nl.mensenhandel.platform.testing.ProblemAssertions.forbidden;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.test.web.reactive.server.WebTestClient;

import nl.mensenhandel.platform.testing.ApiTestSupport;
import nl.mensenhandel.platform.testing.TestJwts;

/**
 * receiveInspectionRequest and listInspectionRequests (issue 8 capability 6): triage-service's account delivers
 * each command once; the reason is encrypted at rest; the beleidsregisseur sees the region's requests, a
 * handhaver only those about their municipalities.
 */
class InspectionRequestsApiTest extends ApiTestSupport {



    static final String PATH = "/api/enforcement/inspection-requests";
    static final JwtMutator TRIAGE = TestJwts.serviceAccount("triage-service");
    static final JwtMutator REGISSEUR = TestJwts.user("regisseur.ijsselland", "ijsselland", List.of(),
            "beleidsregisseur");
    static final JwtMutator HANDHAVER_ZWOLLE = TestJwts.user("handhaver.zwolle", "ijsselland", List.of("GM0193"),
            "handhaver");

    @Autowired
    ReactiveMongoTemplate mongo;

    @BeforeEach
    void clean() {
        mongo.remove(new Query(), InspectionRequest.class).block();
    }

    static Map<String, Object> inspection(String municipality, String reason) {
        return Map.of("region", "ijsselland", "caseId", UUID.randomUUID().toString(), "caseReference",
                "IJ-2026-0002", "trackId", UUID.randomUUID().toString(), "municipalityCodes", List.of(municipality),
                "reason", reason, "dueDate", "2026-12-15", "urgent", false);
    }

    WebTestClient.ResponseSpec deliver(JwtMutator who, Map<String, Object> body, String key) {
        return api.mutateWith(who).post().uri(PATH).contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", key).bodyValue(body).exchange();
    }

    @Test
    void aRepeatedCommandIsStoredOnceAndAnswered200WithTheFirst() {
        Map<String, Object> body = inspection("GM0193", "Pand Vispoortplein 3: twaalf bedden in de kelder");
        String key = body.get("trackId") + ":inspection-request";
        deliver(TRIAGE, body, key).expectStatus().isCreated().expectBody().jsonPath("$.status")
                .isEqualTo("ONTVANGEN");
        String first = mongo.findOne(new Query(), Document.class, "inspection_requests").block().getString("_id");
        deliver(TRIAGE, body, key).expectStatus().isOk().expectBody().jsonPath("$.id").isEqualTo(first)
                .jsonPath("$.reason").isEqualTo("Pand Vispoortplein 3: twaalf bedden in de kelder");
        assertThat(mongo.count(new Query(), InspectionRequest.class).block()).isEqualTo(1);
        Document raw = mongo.findOne(new Query(), Document.class, "inspection_requests").block();
        assertThat(raw.toJson()).doesNotContain("Vispoortplein");
    }

    /** Rule inspection-requests-from-platform-services: no user token delivers, whatever its role. */
    @Test
    void aUserTokenCannotDeliver() {
        for (JwtMutator user : List.of(REGISSEUR, HANDHAVER_ZWOLLE,
                TestJwts.user("casustafel.ijsselland", "ijsselland", List.of(), "casustafel"))) {
            forbidden(deliver(user, inspection("GM0193", "x"), UUID.randomUUID().toString()));
        }
        assertThat(mongo.count(new Query(), InspectionRequest.class).block()).isZero();
    }

    /** Rule inspection-requests-need-to-know. */
    @Test
    void theRegisseurSeesTheRegionAHandhaverOnlyTheirMunicipalities() {
        deliver(TRIAGE, inspection("GM0193", "Zwolle"), "k-zwolle").expectStatus().isCreated();
        deliver(TRIAGE, inspection("GM0148", "Dalfsen"), "k-dalfsen").expectStatus().isCreated();
        api.mutateWith(REGISSEUR).get().uri(PATH).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.page.totalElements").isEqualTo(2);
        api.mutateWith(HANDHAVER_ZWOLLE).get().uri(PATH).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].municipalityCodes[0]").isEqualTo("GM0193")
                .jsonPath("$.items[0].reason").isEqualTo("Zwolle");
        api.mutateWith(TestJwts.user("regisseur.zaanstreek", "zaanstreek-waterland", List.of(), "beleidsregisseur"))
                .get().uri(PATH).exchange().expectStatus().isOk().expectBody().jsonPath("$.items.length()")
                .isEqualTo(0);
        forbidden(api.mutateWith(TestJwts.user("zc.ijsselland", "ijsselland", List.of(), "zorgcoordinator")).get()
                .uri(PATH).exchange());
    }
}
