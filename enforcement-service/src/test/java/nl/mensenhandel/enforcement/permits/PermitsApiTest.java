package nl.mensenhandel.enforcement.permits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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

/** Permits in Alblasserdam: at most one sex establishment, none for window prostitution; Bibob before granting. */
class PermitsApiTest extends ApiTestSupport {

    static final String PATH = "/api/enforcement/permit-applications";
    static final JwtMutator ALBLASSERDAM = TestJwts.user("handhaver.alblasserdam", "rotterdam", List.of("GM0482"),
            "handhaver");
    static final String TODAY = LocalDate.now().toString();

    @Autowired
    ReactiveMongoTemplate mongo;

    @BeforeEach
    void clean() {
        mongo.remove(new Query(), PermitApplication.class).block();
    }

    String apply(String type, String key) {
        return api.mutateWith(ALBLASSERDAM).post().uri(PATH).contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", key)
                .bodyValue(Map.of("municipalityCode", "GM0482", "permitType", type, "applicant", "Rode Loper BV",
                        "address", Map.of("street", "Dam", "houseNumber", "1", "postcode", "2951 AA", "city",
                                "Alblasserdam"), "receivedOn", TODAY))
                .exchange().expectStatus().is2xxSuccessful().expectBody(Map.class).returnResult().getResponseBody()
                .get("id").toString();
    }

    WebTestClient.ResponseSpec decide(String id, long version, String outcome) {
        return api.mutateWith(ALBLASSERDAM).post().uri(PATH + "/" + id + "/decision")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("version", version, "outcome", outcome, "decidedOn", TODAY)).exchange();
    }

    @Test
    void theCapAndTheBibobAdviceDecide() {
        String first = apply("SEKSINRICHTING", "p1");
        assertThat(apply("SEKSINRICHTING", "p1")).isEqualTo(first);
        Document raw = mongo.findOne(new Query(), Document.class, "permitApplications").block();
        assertThat(raw.toJson()).doesNotContain("Rode Loper").doesNotContain("2951");
        api.mutateWith(ALBLASSERDAM).put().uri(PATH + "/" + first + "/bibob").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("version", 0, "requestedOn", "2026-01-01", "adviceDeadline", "2026-02-01"))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.bibob.overdue").isEqualTo(true);
        decide(first, 1, "VERLEEND").expectStatus().isEqualTo(422).expectBody().jsonPath("$.detail")
                .value(d -> assertThat(d.toString()).contains("bibob-advice-pending"));
        api.mutateWith(ALBLASSERDAM).put().uri(PATH + "/" + first + "/bibob").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("version", 1, "requestedOn", "2026-01-01", "adviceDeadline", "2026-02-01",
                        "advice", "GEEN_GEVAAR", "adviceReceivedOn", "2026-01-20"))
                .exchange().expectStatus().isOk();
        decide(first, 2, "VERLEEND").expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("VERLEEND");
        decide(first, 3, "GEWEIGERD").expectStatus().isEqualTo(409);
        String second = apply("SEKSINRICHTING", "p2");
        decide(second, 0, "VERLEEND_MET_VOORSCHRIFTEN").expectStatus().isEqualTo(422).expectBody().jsonPath("$.detail")
                .value(d -> assertThat(d.toString()).contains("licence-cap"));
        decide(apply("RAAMPROSTITUTIE", "p3"), 0, "VERLEEND").expectStatus().isEqualTo(422);
        decide(second, 0, "GEWEIGERD").expectStatus().isOk();
    }

    @Test
    void needToKnow() {
        String id = apply("HORECA", "p4");
        api.mutateWith(TestJwts.user("handhaver.rotterdam", "rotterdam", List.of("GM0599"), "handhaver")).get()
                .uri(PATH + "/" + id).exchange().expectStatus().isNotFound();
        api.mutateWith(TestJwts.user("regisseur.zw", "zaanstreek-waterland", List.of(), "beleidsregisseur")).get()
                .uri(PATH + "/" + id).exchange().expectStatus().isNotFound();
        api.mutateWith(TestJwts.user("regisseur.r", "rotterdam", List.of(), "beleidsregisseur")).get()
                .uri(PATH + "/" + id).exchange().expectStatus().isOk().expectBody().jsonPath("$.applicant")
                .isEqualTo("Rode Loper BV");
        api.mutateWith(TestJwts.user("af.r", "rotterdam", List.of("GM0599"), "aandachtsfunctionaris")).get()
                .uri(PATH).exchange().expectStatus().isForbidden();
    }
}
