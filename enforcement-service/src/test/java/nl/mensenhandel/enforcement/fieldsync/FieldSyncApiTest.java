package nl.mensenhandel.enforcement.fieldsync;

import static nl.mensenhandel.platform.testing.ProblemAssertions.forbidden;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import nl.mensenhandel.enforcement.findings.InspectionFinding;
import nl.mensenhandel.enforcement.inspections.FieldRecordsTestBase;
import nl.mensenhandel.enforcement.inspections.Inspection;

/**
 * POST /api/enforcement/field-sync against the embedded store: a batch of 1,000 findings twice (the second creates
 * nothing: all ALREADY_RECEIVED), a conflicting record answered CONFLICT with stored and received, and one bad
 * record that does not stop the others.
 */
class FieldSyncApiTest extends FieldRecordsTestBase {

    static final String PATH = "/api/enforcement/field-sync";

    @Test
    void aThousandFindingsTwiceCreateOnceThenAllAlreadyReceivedAndAConflictShowsBoth() {
        UUID inspection = createInspection();
        List<Map<String, Object>> records = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            Map<String, Object> finding = newFinding(UUID.randomUUID(), 1 + i % 10, 60);
            if (i % 100 == 0) {
                finding.put("traffickingIndicators", List.of(Map.of("form", "ARBEID", "indicator", "ANGSTIG")));
            }
            records.add(Map.of("type", "FINDING", "inspectionId", inspection.toString(), "finding", finding));
        }
        Map<String, Object> batch = Map.of("deviceId", "tablet-1", "records", records);
        api.mutateWith(handhaver()).post().uri(PATH).header("Idempotency-Key", "sync-1").bodyValue(batch).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.created").isEqualTo(1000)
                .jsonPath("$.alreadyReceived").isEqualTo(0)
                .jsonPath("$.results.length()").isEqualTo(1000)
                .jsonPath("$.results[999].index").isEqualTo(999)
                .jsonPath("$.results[999].outcome").isEqualTo("CREATED");
        assertThat(mongo.count(new Query(), InspectionFinding.class).block()).isEqualTo(1000);
        assertThat(mongo.count(new Query(Criteria.where("outbox.0").exists(true)), InspectionFinding.class).block())
                .isEqualTo(10);
        Inspection summarised = mongo.findById(inspection.toString(), Inspection.class).block();
        assertThat(summarised.findingIds()).hasSize(1000);
        assertThat(summarised.overbewoning()).isTrue();

        api.mutateWith(handhaver()).post().uri(PATH).bodyValue(batch).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.created").isEqualTo(0)
                .jsonPath("$.alreadyReceived").isEqualTo(1000);
        assertThat(mongo.count(new Query(), InspectionFinding.class).block()).isEqualTo(1000);
        assertThat(mongo.count(new Query(Criteria.where("outbox.1").exists(true)), InspectionFinding.class).block())
                .isZero();

        @SuppressWarnings("unchecked")
        Map<String, Object> changed = new java.util.HashMap<>((Map<String, Object>) records.get(5).get("finding"));
        changed.put("personsPresent", 99);
        Map<String, Object> mixed = Map.of("deviceId", "tablet-1", "records", List.of(
                Map.of("type", "FINDING", "inspectionId", inspection.toString(), "finding", changed),
                Map.of("type", "FINDING", "inspectionId", UUID.randomUUID().toString(),
                        "finding", newFinding(UUID.randomUUID(), 1, 30)),
                Map.of("type", "FINDING", "inspectionId", inspection.toString(),
                        "finding", newFinding(UUID.randomUUID(), 1, 30))));
        api.mutateWith(handhaver()).post().uri(PATH).bodyValue(mixed).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.results[0].outcome").isEqualTo("CONFLICT")
                .jsonPath("$.results[0].problem.type").isEqualTo("urn:mensenhandel:problem:field-record-conflict")
                .jsonPath("$.results[0].problem.stored.personsPresent").isEqualTo(6)
                .jsonPath("$.results[0].problem.received.personsPresent").isEqualTo(99)
                .jsonPath("$.results[1].outcome").isEqualTo("REJECTED")
                .jsonPath("$.results[1].problem.status").isEqualTo(404)
                .jsonPath("$.results[2].outcome").isEqualTo("CREATED")
                .jsonPath("$.conflicts").isEqualTo(1)
                .jsonPath("$.rejected").isEqualTo(1)
                .jsonPath("$.created").isEqualTo(1);
    }

    @Test
    void inspectionsInTheBatchComeBeforeTheirFindingsAndEditsNameTheirBaseVersion() {
        UUID inspection = UUID.randomUUID();
        Map<String, Object> newInspection = newInspection(inspection);
        Map<String, Object> batch = Map.of("deviceId", "tablet-2", "records", List.of(
                Map.of("type", "FINDING", "inspectionId", inspection.toString(),
                        "finding", newFinding(UUID.randomUUID(), 2, 40)),
                Map.of("type", "INSPECTION", "inspection", newInspection)));
        api.mutateWith(handhaver()).post().uri(PATH).bodyValue(batch).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.results[0].outcome").isEqualTo("CREATED")
                .jsonPath("$.results[1].outcome").isEqualTo("CREATED")
                .jsonPath("$.results[1].version").isEqualTo(0);
        Map<String, Object> edited = new java.util.HashMap<>(newInspection);
        edited.put("status", "AFGEROND");
        api.mutateWith(handhaver()).post().uri(PATH).bodyValue(Map.of("deviceId", "tablet-2", "records", List.of(
                Map.of("type", "INSPECTION", "baseVersion", 0, "inspection", edited),
                Map.of("type", "INSPECTION", "baseVersion", 0, "inspection", edited)))).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.results[0].outcome").isEqualTo("UPDATED")
                .jsonPath("$.results[0].version").isEqualTo(1)
                .jsonPath("$.results[1].outcome").isEqualTo("CONFLICT")
                .jsonPath("$.results[1].problem.stored.version").isEqualTo(1);
    }

    @Test
    void onlyHandhaversSync() {
        forbidden(api.mutateWith(caller("af", REGION, "aandachtsfunctionaris", ZAANSTAD)).post().uri(PATH)
                .bodyValue(Map.of("deviceId", "x", "records", List.of(Map.of("type", "FINDING")))).exchange());
    }
}
