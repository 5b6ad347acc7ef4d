package nl.mensenhandel.enforcement.inspections;

import static nl.mensenhandel.platform.testing.ProblemAssertions.forbidden;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import nl.mensenhandel.enforcement.commands.EnforcementCommands;
import nl.mensenhandel.enforcement.findings.InspectionFinding;

/**
 * Inspections and findings from field tools against the embedded store: device-made ids, repeats (200, nothing
 * created), conflicts (409 field-record-conflict with stored and received), optimistic edits, the lifecycle, the
 * designation rule, need to know, and a finding with indicators written with its outbox entry.
 */
class InspectionRecordsApiTest extends FieldRecordsTestBase {

    @Test
    void createThenIdenticalRepeatIsAlreadyReceivedAndOtherContentAConflictShowingBoth() {
        UUID id = UUID.randomUUID();
        Map<String, Object> body = newInspection(id);
        api.mutateWith(handhaver()).post().uri(INSPECTIONS).header("Idempotency-Key", "k-1").bodyValue(body).exchange()
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.id").isEqualTo(id.toString())
                .jsonPath("$.version").isEqualTo(0)
                .jsonPath("$.address.street").isEqualTo("Matrixstraat")
                .jsonPath("$.inspectedAt").isEqualTo("2026-03-10T08:00:00Z");
        // the same moment in another offset is the same content
        body.put("startedAt", "2026-03-10T08:00:00Z");
        api.mutateWith(handhaver()).post().uri(INSPECTIONS).bodyValue(body).exchange().expectStatus().isOk();
        assertThat(mongo.count(new Query(), Inspection.class).block()).isEqualTo(1);
        body.put("status", "GEPLAND");
        api.mutateWith(handhaver()).post().uri(INSPECTIONS).bodyValue(body).exchange()
                .expectStatus().isEqualTo(409)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:mensenhandel:problem:field-record-conflict")
                .jsonPath("$.stored.status").isEqualTo("UITGEVOERD")
                .jsonPath("$.received.status").isEqualTo("GEPLAND");
        Document stored = mongo.getCollection("inspections").flatMap(c -> reactor.core.publisher.Mono.from(c.find().first())).block();
        assertThat(stored.getString("address")).startsWith("enc:v1:").doesNotContain("Matrixstraat");
    }

    @Test
    void withoutDesignationTheRuleAnswers422AndNothingIsStored() {
        Map<String, Object> body = newInspection(UUID.randomUUID());
        body.put("members", List.of(Map.of("username", "niet.aangewezen", "actingFor", ZAANSTAD)));
        api.mutateWith(handhaver()).post().uri(INSPECTIONS).bodyValue(body).exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.detail").value(d -> assertThat((String) d).contains("acting-under-designation"));
        assertThat(mongo.count(new Query(), Inspection.class).block()).isZero();
    }

    @Test
    void tafelWithoutRequestIs400AndOtherOriginWithRequestToo() {
        Map<String, Object> body = newInspection(UUID.randomUUID());
        body.put("origin", "TAFEL");
        api.mutateWith(handhaver()).post().uri(INSPECTIONS).bodyValue(body).exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("inspectionRequestId");
        body.put("origin", "AD_HOC");
        body.put("inspectionRequestId", UUID.randomUUID().toString());
        api.mutateWith(handhaver()).post().uri(INSPECTIONS).bodyValue(body).exchange().expectStatus().isBadRequest();
        body.put("origin", "TAFEL");
        api.mutateWith(handhaver()).post().uri(INSPECTIONS).bodyValue(body).exchange().expectStatus().isEqualTo(422);
    }

    @Test
    void onlyAHandhaverServingTheMunicipalityRecords() {
        forbidden(api.mutateWith(caller("af.test", REGION, "aandachtsfunctionaris", ZAANSTAD)).post().uri(INSPECTIONS)
                .bodyValue(newInspection(UUID.randomUUID())).exchange());
        forbidden(api.mutateWith(handhaver(PURMEREND)).post().uri(INSPECTIONS)
                .bodyValue(newInspection(UUID.randomUUID())).exchange());
    }

    @Test
    void editsNameTheirVersionFollowTheLifecycleAndAStaleEditIsAConflict() {
        UUID id = createInspection();
        String path = INSPECTIONS + "/" + id;
        api.mutateWith(handhaver()).put().uri(path).bodyValue(Map.of("version", 0, "status", "AFGEROND",
                "members", List.of(Map.of("username", HANDHAVER, "actingFor", ZAANSTAD)))).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.version").isEqualTo(1).jsonPath("$.status")
                .isEqualTo("AFGEROND");
        api.mutateWith(handhaver()).get().uri(path).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.members[0].username").isEqualTo(HANDHAVER)
                .jsonPath("$.members[0].actingFor").isEqualTo(ZAANSTAD);
        api.mutateWith(handhaver()).put().uri(path).bodyValue(Map.of("version", 0, "status", "AFGEROND")).exchange()
                .expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.type").isEqualTo("urn:mensenhandel:problem:field-record-conflict")
                .jsonPath("$.stored.version").isEqualTo(1)
                .jsonPath("$.received.version").isEqualTo(0);
        api.mutateWith(handhaver()).put().uri(path).bodyValue(Map.of("version", 1, "status", "GEPLAND")).exchange()
                .expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.type").isEqualTo("urn:mensenhandel:problem:illegal-transition");
    }

    @Test
    void needToKnowOtherRegionAndOutsideScopeAnswer404RolesWithoutNeed403() {
        UUID id = createInspection();
        String path = INSPECTIONS + "/" + id;
        api.mutateWith(caller("h.ijssel", "ijsselland", "handhaver", "GM0193")).get().uri(path).exchange()
                .expectStatus().isNotFound();
        api.mutateWith(handhaver(PURMEREND)).get().uri(path).exchange().expectStatus().isNotFound();
        api.mutateWith(handhaver(PURMEREND)).get().uri(path + "/findings").exchange().expectStatus().isNotFound();
        forbidden(api.mutateWith(caller("br", REGION, "beleidsregisseur")).get().uri(path).exchange());
        // the casustafel sees only what a table asked for
        api.mutateWith(caller("tafel", REGION, "casustafel")).get().uri(path).exchange().expectStatus().isNotFound();
        api.mutateWith(caller("tafel", REGION, "casustafel")).get().uri(INSPECTIONS).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items.length()").isEqualTo(0);
        api.mutateWith(handhaver()).get().uri(path).exchange().expectStatus().isOk();
    }

    @Test
    void aTeamMemberFromElsewhereSeesTheInspectionAndListsShowSummariesOnly() {
        UUID id = UUID.randomUUID();
        Map<String, Object> body = newInspection(id);
        mongo.insert(new nl.mensenhandel.enforcement.designations.Designation(
                nl.mensenhandel.enforcement.designations.Designation.idOf(ZAANSTAD, "collega"), REGION, ZAANSTAD,
                "collega", "COLLEGE", null, "AWB-2", java.time.LocalDate.of(2024, 1, 1), null, null, null)).block();
        body.put("members", List.of(Map.of("username", "collega", "actingFor", ZAANSTAD)));
        api.mutateWith(handhaver()).post().uri(INSPECTIONS).bodyValue(body).exchange().expectStatus().isCreated();
        var collega = caller("collega", REGION, "handhaver", PURMEREND);
        api.mutateWith(collega).get().uri(INSPECTIONS + "/" + id).exchange().expectStatus().isOk();
        api.mutateWith(collega).get().uri(INSPECTIONS).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].address").doesNotExist()
                .jsonPath("$.items[0].members").doesNotExist();
    }

    @Test
    void aFindingWithIndicatorsIsWrittenWithItsOutboxEntryOnceAndSummarisedOnTheInspection() {
        UUID inspection = createInspection();
        UUID findingId = UUID.randomUUID();
        Map<String, Object> finding = newFinding(findingId, 9, 80);
        finding.put("traffickingIndicators", List.of(Map.of("form", "ARBEID", "indicator", "SLAAPT_OP_WERKPLEK")));
        finding.put("observations", "Matrassen in de keuken");
        String path = INSPECTIONS + "/" + inspection + "/findings";
        api.mutateWith(handhaver()).post().uri(path).header("Idempotency-Key", "f-1").bodyValue(finding).exchange()
                .expectStatus().isCreated().expectBody()
                .jsonPath("$.overbewoning").isEqualTo(true)
                .jsonPath("$.maxPersonsForArea").isEqualTo(6)
                .jsonPath("$.brpDiscrepancy").isEqualTo(true)
                .jsonPath("$.signal.status").isEqualTo("TE_VERZENDEN")
                .jsonPath("$.observations").isEqualTo("Matrassen in de keuken");
        api.mutateWith(handhaver()).post().uri(path).bodyValue(finding).exchange().expectStatus().isOk();
        InspectionFinding stored = mongo.findById(findingId.toString(), InspectionFinding.class).block();
        assertThat(stored.outbox()).hasSize(1);
        assertThat(stored.outbox().get(0).getString("id")).isEqualTo(EnforcementCommands.inspectionSignalId(findingId.toString()));
        assertThat(stored.outbox().get(0).getString("kind")).isEqualTo(EnforcementCommands.INSPECTION_SIGNAL);
        assertThat(stored.observations()).startsWith("enc:v1:");
        finding.put("personsPresent", 2);
        api.mutateWith(handhaver()).post().uri(path).bodyValue(finding).exchange().expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.stored.personsPresent").isEqualTo(9).jsonPath("$.received.personsPresent")
                .isEqualTo(2);
        api.mutateWith(handhaver()).get().uri(INSPECTIONS + "/" + inspection).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.findingCount").isEqualTo(1).jsonPath("$.overbewoning").isEqualTo(true);
        api.mutateWith(handhaver()).get().uri(path).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(1);
        assertThat(mongo.count(new Query(Criteria.where("resourceType").is("finding")), "access_log").block())
                .isPositive();
    }
}
