package nl.mensenhandel.enforcement.figures;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import nl.mensenhandel.platform.testing.ApiTestSupport;
import nl.mensenhandel.platform.testing.TestJwts;

/** The Regionaal Controleteam's inspections against its target of 12, by type. */
class EnforcementFiguresApiTest extends ApiTestSupport {

    @Autowired
    ReactiveMongoTemplate mongo;

    @BeforeEach
    void clean() {
        mongo.remove(new Query(), "inspections").block();
        mongo.remove(new Query(), "measures").block();
    }

    void inspection(String team, String status, String startedAt, String type) {
        mongo.insert(new Document("_id", UUID.randomUUID().toString()).append("region", "rotterdam")
                .append("municipalityCode", "GM0599").append("inspectionType", type).append("status", status)
                .append("teamId", team).append("startedAt", Date.from(Instant.parse(startedAt))).append("version", 0L),
                "inspections").block();
    }

    @Test
    void countsCarriedOutInspectionsOfTheYearPerTeam() {
        for (int i = 0; i < 12; i++) {
            inspection("regionaal-controleteam", i % 2 == 0 ? "UITGEVOERD" : "AFGEROND", "2026-03-01T10:00:00Z",
                    i < 8 ? "HUISVESTING" : "SEKSBRANCHE");
        }
        inspection("regionaal-controleteam", "GEPLAND", "2026-03-01T10:00:00Z", "HUISVESTING");
        for (String status : List.of("BESLUIT", "BESLUIT", "UITVOERING")) {
            mongo.insert(new Document("_id", UUID.randomUUID().toString()).append("region", "rotterdam")
                    .append("municipalityCode", "GM0599").append("instrumentCode", "OVERBEWONING_LAST")
                    .append("status", status).append("proposedOn", Date.from(Instant.parse("2026-02-01T00:00:00Z"))),
                    "measures").block();
        }
        // 2025-12-31 23:00 in the Netherlands: a 2025 inspection
        inspection("regionaal-controleteam", "AFGEROND", "2025-12-31T22:00:00Z", "HUISVESTING");
        api.mutateWith(TestJwts.user("monitor.r", "rotterdam", List.of(), "monitor-lezer")).get()
                .uri("/api/enforcement/figures?year=2026").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.teams[0].teamId").isEqualTo("regionaal-controleteam")
                .jsonPath("$.teams[0].inspectionsCarriedOut").isEqualTo(12)
                .jsonPath("$.teams[0].yearlyTarget").isEqualTo(12)
                .jsonPath("$.teams[0].targetMet").isEqualTo(true)
                .jsonPath("$.inspectionsByType[?(@.key=='HUISVESTING')].count").isEqualTo(8)
                .jsonPath("$.inspectionsByType[?(@.key=='SEKSBRANCHE')].count").isEqualTo(4)
                .jsonPath("$.measures[?(@.status=='BESLUIT')].count").isEqualTo(2)
                .jsonPath("$.measures[?(@.status=='UITVOERING')].instrumentCode").isEqualTo("OVERBEWONING_LAST");
        api.mutateWith(TestJwts.user("monitor.r", "rotterdam", List.of(), "monitor-lezer")).get()
                .uri("/api/enforcement/figures?year=2025").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.teams[0].inspectionsCarriedOut").isEqualTo(1)
                .jsonPath("$.teams[0].targetMet").isEqualTo(false);
        api.mutateWith(TestJwts.user("monitor.k", "kennemerland", List.of(), "monitor-lezer")).get()
                .uri("/api/enforcement/figures?year=2026").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.teams[0].teamId").isEqualTo("controleteam-kennemerland")
                .jsonPath("$.inspectionsByType.length()").isEqualTo(0);
        api.mutateWith(TestJwts.user("h", "rotterdam", List.of("GM0599"), "handhaver")).get()
                .uri("/api/enforcement/figures?year=2026").exchange().expectStatus().isForbidden();
    }
}
