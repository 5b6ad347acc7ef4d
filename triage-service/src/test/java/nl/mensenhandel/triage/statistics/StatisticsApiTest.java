package nl.mensenhandel.triage.statistics;

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
 * getTriageStatistics: only the monitor's service account reads (user and other service 403, no token 401, unknown
 * region 400 naming it); the counts of the named region only, read from the store.
 */
class StatisticsApiTest extends ApiTestSupport {

    static final String PATH = "/api/triage/statistics?region=";

    @Autowired
    ReactiveMongoTemplate mongo;

    @BeforeEach
    void emptyRegions() {
        mongo.remove(new Query(Criteria.where("region").in("rotterdam", "ijsselland")), "cases").block();
    }

    void stored(String region, String municipality, boolean decided) {
        Date opened = Date.from(Instant.parse("2025-08-01T10:00:00Z"));
        Document casus = new Document("_id", UUID.randomUUID().toString()).append("region", region)
                .append("municipalityCode", municipality).append("createdAt", opened).append("summary", "geheim");
        if (decided) {
            casus.append("decisions", List.of(new Document("id", "d1").append("nextStep", false)
                            .append("decidedAt", Date.from(Instant.parse("2025-08-03T10:00:00Z")))))
                    .append("tracks", List.of(new Document("id", "t1").append("decisionId", "d1")
                            .append("type", "ZORGTRAJECT").append("openedAt", opened)));
        }
        mongo.insert(casus, "cases").block();
    }

    @Test
    void onlyTheMonitorsServiceAccountReads() {
        unauthenticated(http.get().uri(PATH + "rotterdam").exchange());
        forbidden(api.mutateWith(TestJwts.user("regisseur.rotterdam", "rotterdam", List.of("GM0599"),
                "beleidsregisseur")).get().uri(PATH + "rotterdam").exchange());
        forbidden(api.mutateWith(TestJwts.serviceAccount("signal-service")).get().uri(PATH + "rotterdam").exchange());
        api.mutateWith(TestJwts.serviceAccount("monitor-service")).get().uri(PATH + "atlantis").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("region");
    }

    @Test
    void theNamedRegionsCasesAndTracks() {
        stored("rotterdam", "GM0599", true);
        stored("rotterdam", "GM0599", false);
        stored("ijsselland", "GM0193", true);
        Map<?, ?> body = api.mutateWith(TestJwts.serviceAccount("monitor-service")).get().uri(PATH + "rotterdam")
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(body.get("region")).isEqualTo("rotterdam");
        assertThat(body.get("cells").toString()).contains("result=DOORGELEID").contains("result=NONE")
                .contains("trackType=ZORGTRAJECT").doesNotContain("GM0193").doesNotContain("geheim");
        assertThat((List<?>) body.get("cells")).hasSize(3);
        assertThat(body.get("durations").toString()).contains("medianDays=2.0");
    }
}
