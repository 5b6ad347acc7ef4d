package nl.mensenhandel.care.statistics;

import static nl.mensenhandel.platform.testing.ProblemAssertions.forbidden;
import static nl.mensenhandel.platform.testing.ProblemAssertions.unauthenticated;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

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
 * getCareStatistics: only the monitor's service account reads (a zorgcoördinator and another service 403, no token
 * 401, unknown region 400 naming it); the named region's trajectories and placements, read from the store.
 */
class StatisticsApiTest extends ApiTestSupport {

    static final String PATH = "/api/care/statistics?region=";
    static final Date ASKED = Date.from(Instant.parse("2025-05-01T10:00:00Z"));

    @Autowired
    ReactiveMongoTemplate mongo;

    @BeforeEach
    void emptyRegion() {
        for (String collection : List.of("trajectories", "placements", "care_requests", "care_questions")) {
            mongo.remove(new Query(Criteria.where("region").in("rotterdam", "ijsselland")), collection).block();
        }
    }

    @Test
    void onlyTheMonitorsServiceAccountReads() {
        unauthenticated(http.get().uri(PATH + "rotterdam").exchange());
        forbidden(api.mutateWith(TestJwts.user("zc.rotterdam", "rotterdam", List.of("GM0599"), "zorgcoordinator"))
                .get().uri(PATH + "rotterdam").exchange());
        forbidden(api.mutateWith(TestJwts.serviceAccount("triage-service")).get().uri(PATH + "rotterdam").exchange());
        api.mutateWith(TestJwts.serviceAccount("monitor-service")).get().uri(PATH + "atlantis").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("region");
    }

    @Test
    void theNamedRegionsTrajectoriesPlacementsAndDaysToPlacement() {
        mongo.insert(new Document("_id", "t-r").append("region", "rotterdam").append("status", "LOPEND")
                .append("openedAt", ASKED).append("victim", new Document("displayName", "enc:v1:geheim"))
                .append("responsibleMunicipality", new Document("municipalityCode", "GM0599")), "trajectories")
                .block();
        mongo.insert(new Document("_id", "q-r").append("region", "rotterdam").append("askedAt", ASKED)
                .append("trajectoryId", "t-r"), "care_questions").block();
        mongo.insert(new Document("_id", "p-r").append("region", "rotterdam").append("trajectoryId", "t-r")
                .append("placementType", "NOODBED").append("status", "GEPLAATST").append("createdAt", ASKED)
                .append("statusHistory", List.of(new Document("status", "GEPLAATST")
                        .append("at", Date.from(Instant.parse("2025-05-02T10:00:00Z"))))), "placements").block();
        mongo.insert(new Document("_id", "t-i").append("region", "ijsselland").append("status", "LOPEND")
                .append("openedAt", ASKED).append("responsibleMunicipality",
                        new Document("municipalityCode", "GM0193")), "trajectories").block();

        Map<?, ?> body = api.mutateWith(TestJwts.serviceAccount("monitor-service")).get().uri(PATH + "rotterdam")
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(body.get("cells").toString()).contains("municipalityCode=GM0599").contains("placementType=NOODBED")
                .doesNotContain("GM0193").doesNotContain("geheim");
        assertThat((List<?>) body.get("cells")).hasSize(2);
        assertThat(body.get("durations").toString()).contains("medianDays=1.0");
    }
}
