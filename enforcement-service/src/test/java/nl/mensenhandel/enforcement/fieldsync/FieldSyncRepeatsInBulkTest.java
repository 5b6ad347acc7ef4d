package nl.mensenhandel.enforcement.fieldsync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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

import nl.mensenhandel.enforcement.designations.Designation;
import nl.mensenhandel.enforcement.findings.InspectionFinding;
import nl.mensenhandel.enforcement.inspections.Inspection;
import nl.mensenhandel.platform.testing.ApiTestSupport;
import nl.mensenhandel.platform.testing.TestJwts;

/**
 * A field tool resends a whole batch after a lost answer (the field-sync benchmark's replay): every record is
 * answered ALREADY_RECEIVED from the one read of the batch, nothing is created, the inspection still lists each
 * finding once; a resent id with other content is a CONFLICT beside them.
 */
class FieldSyncRepeatsInBulkTest extends ApiTestSupport {

    static final String REGION = "zaanstreek-waterland";
    static final String ZAANSTAD = "GM0479";
    static final String HANDHAVER = "handhaver.bulk";
    static final JwtMutator CALLER = TestJwts.user(HANDHAVER, REGION, List.of(ZAANSTAD), "handhaver");

    @Autowired
    ReactiveMongoTemplate mongo;

    @BeforeEach
    void designated() {
        for (Class<?> type : List.of(Inspection.class, InspectionFinding.class, Designation.class)) {
            mongo.remove(new Query(), type).block();
        }
        mongo.insert(new Designation(Designation.idOf(ZAANSTAD, HANDHAVER), REGION, ZAANSTAD, HANDHAVER,
                "BURGEMEESTER", null, "AWB-1", LocalDate.of(2024, 1, 1), null, Instant.now(), "beheer")).block();
    }

    Map<?, ?> sync(List<Map<String, Object>> records) {
        return api.mutateWith(CALLER).post().uri("/api/enforcement/field-sync").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("deviceId", "tablet-7", "records", records)).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    static Map<String, Object> finding(String inspectionId, String id, int persons) {
        return Map.of("type", "FINDING", "inspectionId", inspectionId, "finding", Map.of("id", id,
                "observedAt", "2026-03-10T09:30:00Z", "personsPresent", persons, "usableFloorAreaM2", 60.0));
    }

    @Test
    void aResentBatchCreatesNothingAndAnswersEveryRecordAlreadyReceived() {
        String inspection = UUID.randomUUID().toString();
        Map<String, Object> newInspection = Map.of("type", "INSPECTION", "inspection", Map.of("id", inspection,
                "municipalityCode", ZAANSTAD, "inspectionType", "HUISVESTING", "origin", "AD_HOC", "status",
                "UITGEVOERD", "startedAt", "2026-03-10T09:00:00Z", "address", Map.of("street", "Bulkstraat",
                        "houseNumber", "3", "postcode", "1500 AA", "city", "Zaandam")));
        List<Map<String, Object>> batch = new ArrayList<>(List.of(newInspection));
        for (int i = 0; i < 50; i++) {
            batch.add(finding(inspection, UUID.randomUUID().toString(), i % 7));
        }
        Map<?, ?> first = sync(batch);
        assertThat(first.get("created")).isEqualTo(51);

        Map<?, ?> again = sync(batch);
        assertThat(again.get("created")).isEqualTo(0);
        assertThat(again.get("alreadyReceived")).isEqualTo(51);
        assertThat(mongo.count(new Query(), InspectionFinding.class).block()).isEqualTo(50);
        Document stored = mongo.findOne(new Query(Criteria.where("_id").is(inspection)), Document.class,
                "inspections").block();
        assertThat(stored.getList("findingIds", String.class)).hasSize(50).doesNotHaveDuplicates();

        // one id resent with other content: a conflict, the others still already received
        List<Map<String, Object>> changed = new ArrayList<>(batch.subList(1, 4));
        String id = ((Map<?, ?>) changed.get(0).get("finding")).get("id").toString();
        changed.set(0, finding(inspection, id, 99));
        Map<?, ?> mixed = sync(changed);
        assertThat(mixed.get("conflicts")).isEqualTo(1);
        assertThat(mixed.get("alreadyReceived")).isEqualTo(2);
        assertThat(((List<?>) mixed.get("results")).get(0).toString()).contains("CONFLICT");
    }
}
