package nl.mensenhandel.enforcement.statistics;

import static nl.mensenhandel.platform.testing.ProblemAssertions.forbidden;
import static nl.mensenhandel.platform.testing.ProblemAssertions.unauthenticated;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
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

import nl.mensenhandel.platform.testing.ApiTestSupport;
import nl.mensenhandel.platform.testing.TestJwts;

/**
 * getEnforcementStatistics: only the monitor's service account reads (a handhaver and another service 403, no token
 * 401, unknown region 400 naming it); carried-out inspections, measures and overbewoning findings of the named
 * region, read from the store.
 */
class StatisticsApiTest extends ApiTestSupport {

    static final String PATH = "/api/enforcement/statistics?region=";
    static final Date JULY = Date.from(Instant.parse("2025-07-01T10:00:00Z"));

    @Autowired
    ReactiveMongoTemplate mongo;

    @BeforeEach
    void emptyRegions() {
        for (String collection : List.of("inspections", "measures", "findings")) {
            mongo.remove(new Query(Criteria.where("region").in("rotterdam", "ijsselland")), collection).block();
        }
    }

    void inspection(String region, String municipality, String status) {
        mongo.insert(new Document("_id", UUID.randomUUID().toString()).append("region", region)
                .append("municipalityCode", municipality).append("status", status)
                .append("inspectionType", "WOONCONTROLE").append("startedAt", JULY)
                .append("address", "enc:v1:geheim"), "inspections").block();
    }

    @Test
    void onlyTheMonitorsServiceAccountReads() {
        unauthenticated(http.get().uri(PATH + "rotterdam").exchange());
        forbidden(api.mutateWith(TestJwts.user("handhaver.rotterdam", "rotterdam", List.of("GM0599"), "handhaver",
                "beleidsregisseur")).get().uri(PATH + "rotterdam").exchange());
        forbidden(api.mutateWith(TestJwts.serviceAccount("triage-service")).get().uri(PATH + "rotterdam").exchange());
        api.mutateWith(TestJwts.serviceAccount("monitor-service")).get().uri(PATH + "atlantis").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("region");
    }

    @Test
    void carriedOutInspectionsMeasuresAndOverbewoningOfTheNamedRegion() {
        inspection("rotterdam", "GM0599", "UITGEVOERD");
        inspection("rotterdam", "GM0599", "GEPLAND");
        inspection("ijsselland", "GM0193", "AFGEROND");
        mongo.insert(new Document("_id", "m1").append("region", "rotterdam").append("instrumentCode", "APV_2_78")
                .append("status", "UITVOERING").append("createdAt", JULY), "measures").block();
        mongo.insert(new Document("_id", "f1").append("region", "rotterdam").append("municipalityCode", "GM0599")
                .append("overbewoning", true).append("observedAt", JULY), "findings").block();
        mongo.insert(new Document("_id", "f2").append("region", "rotterdam").append("municipalityCode", "GM0599")
                .append("overbewoning", false).append("observedAt", JULY), "findings").block();

        Map<?, ?> body = api.mutateWith(TestJwts.serviceAccount("monitor-service")).get().uri(PATH + "rotterdam")
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        List<?> cells = (List<?>) body.get("cells");
        assertThat(cells).hasSize(3);
        assertThat(cells.toString()).contains("measure=INSPECTIONS, dimensions={").contains("quarter=3")
                .contains("instrument=APV_2_78").contains("OVERBEWONING_FINDINGS").doesNotContain("GM0193")
                .doesNotContain("geheim");
        assertThat(cells.stream().map(Map.class::cast).mapToLong(c -> ((Number) c.get("count")).longValue()).sum())
                .isEqualTo(3);
    }
}
