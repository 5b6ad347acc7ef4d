package nl.mensenhandel.triage.meetings;

import static nl.mensenhandel.platform.testing.ProblemAssertions.forbidden;
import static nl.mensenhandel.platform.testing.ProblemAssertions.unauthenticated;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
import org.springframework.test.web.reactive.server.WebTestClient;

import nl.mensenhandel.platform.testing.ApiTestSupport;
import nl.mensenhandel.platform.testing.TestJwts;
import nl.mensenhandel.triage.cases.Casus;
import nl.mensenhandel.triage.cases.CasusStatus;
import nl.mensenhandel.triage.cases.Decision;
import nl.mensenhandel.triage.tables.TableRef;

/**
 * /api/triage/meetings: scheduling a meeting of a table, and its agenda derived from the casussen — waiting
 * casussen (urgent first, then oldest) while planned, the casussen decided in it once held. Need to know for the
 * aandachtsfunctionaris, region isolation, Idempotency-Key, the access log.
 */
class MeetingsApiTest extends ApiTestSupport {

    static final String PATH = "/api/triage/meetings";
    static final String REGION = "zaanstreek-waterland";
    static final String TABLE = "zvh-zaanstreek-waterland";
    static final String ZAANSTAD = "GM0479";
    static final String PURMEREND = "GM0439";

    @Autowired
    ReactiveMongoTemplate mongo;

    @BeforeEach
    void setUp() {
        for (String collection : List.of("cases", "meetings", "idempotency_keys", "access_log",
                "triage_configurations")) {
            mongo.remove(new Query(), collection).block();
        }
    }

    @Test
    void theTableSchedulesAMeetingWhoseAgendaIsEveryCasusWaitingThereUrgentFirstThenOldest() {
        Casus oldest = insert(casus(REGION, ZAANSTAD, TABLE, CasusStatus.AANGEMELD, false, "2026-01-01T10:00:00Z"));
        Casus newer = insert(casus(REGION, PURMEREND, TABLE, CasusStatus.IN_WEGING, false, "2026-01-05T10:00:00Z"));
        Casus urgent = insert(casus(REGION, ZAANSTAD, TABLE, CasusStatus.AANGEMELD, true, "2026-01-09T10:00:00Z"));
        insert(casus(REGION, ZAANSTAD, TABLE, CasusStatus.SPOREN_LOPEN, true, "2026-01-02T10:00:00Z"));
        insert(casus(REGION, ZAANSTAD, "another-table", CasusStatus.AANGEMELD, false, "2026-01-02T10:00:00Z"));
        insert(casus(REGION, ZAANSTAD, null, CasusStatus.AANGEMELD, false, "2026-01-02T10:00:00Z"));
        insert(casus("ijsselland", "GM0193", TABLE, CasusStatus.AANGEMELD, true, "2026-01-02T10:00:00Z"));

        schedule(table(), body(TABLE, "OVERLEG", inDays(7)), "key-1")
                .expectStatus().isCreated()
                .expectHeader().valueMatches("Location", PATH + "/[0-9a-f-]{36}")
                .expectBody()
                .jsonPath("$.region").isEqualTo(REGION)
                .jsonPath("$.tableId").isEqualTo(TABLE)
                .jsonPath("$.tableName").isEqualTo("Casustafel mensenhandel ZVH Zaanstreek-Waterland")
                .jsonPath("$.form").isEqualTo("OVERLEG")
                .jsonPath("$.status").isEqualTo("GEPLAND")
                .jsonPath("$.agenda.length()").isEqualTo(3)
                .jsonPath("$.agenda[0].caseId").isEqualTo(urgent.id())
                .jsonPath("$.agenda[0].urgent").isEqualTo(true)
                .jsonPath("$.agenda[1].caseId").isEqualTo(oldest.id())
                .jsonPath("$.agenda[1].reference").isEqualTo(oldest.reference())
                .jsonPath("$.agenda[1].municipalityCodes[0]").isEqualTo(ZAANSTAD)
                .jsonPath("$.agenda[2].caseId").isEqualTo(newer.id())
                .jsonPath("$.agenda[2].decisionId").doesNotExist();
    }

    @Test
    void aCasusThatArrivesLaterJoinsThePlannedMeeting() {
        String id = scheduled(table(), body(TABLE, "OVERLEG", inDays(7)));
        meeting(table(), id).expectStatus().isOk().expectBody().jsonPath("$.agenda.length()").isEqualTo(0);
        Casus later = insert(casus(REGION, ZAANSTAD, TABLE, CasusStatus.AANGEMELD, false, "2026-02-01T10:00:00Z"));
        meeting(table(), id).expectStatus().isOk().expectBody()
                .jsonPath("$.agenda.length()").isEqualTo(1)
                .jsonPath("$.agenda[0].caseId").isEqualTo(later.id());
    }

    @Test
    void aMeetingWithADecisionRecordedInItIsHeldAndListsTheCasussenDecidedInIt() {
        String id = scheduled(table(), body(TABLE, "SPOED_MDO", inDays(1)));
        String decisionId = UUID.randomUUID().toString();
        Casus decided = insert(decided(casus(REGION, ZAANSTAD, TABLE, CasusStatus.SPOREN_LOPEN, false,
                "2026-01-01T10:00:00Z"), decisionId, id));
        insert(casus(REGION, ZAANSTAD, TABLE, CasusStatus.AANGEMELD, true, "2026-01-03T10:00:00Z"));
        insert(decided(casus(REGION, PURMEREND, TABLE, CasusStatus.SPOREN_LOPEN, false, "2026-01-01T10:00:00Z"),
                UUID.randomUUID().toString(), UUID.randomUUID().toString()));

        meeting(table(), id).expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("GEHOUDEN")
                .jsonPath("$.form").isEqualTo("SPOED_MDO")
                .jsonPath("$.agenda.length()").isEqualTo(1)
                .jsonPath("$.agenda[0].caseId").isEqualTo(decided.id())
                .jsonPath("$.agenda[0].decisionId").isEqualTo(decisionId);
    }

    @Test
    void ruleNeedToKnowAnAfSeesOnlyTheAgendaItemsOfTheirMunicipalities() {
        Casus purmerend = insert(casus(REGION, PURMEREND, TABLE, CasusStatus.AANGEMELD, false, "2026-01-01T10:00:00Z"));
        insert(casus(REGION, ZAANSTAD, TABLE, CasusStatus.AANGEMELD, true, "2026-01-02T10:00:00Z"));
        // a casus of two municipalities is seen by the AF of either
        Casus both = insert(casus(REGION, List.of(ZAANSTAD, PURMEREND), TABLE, CasusStatus.AANGEMELD, false,
                "2026-01-03T10:00:00Z"));
        String id = scheduled(af(PURMEREND), body(TABLE, "OVERLEG", inDays(3)));

        meeting(af(PURMEREND), id).expectStatus().isOk().expectBody()
                .jsonPath("$.agenda.length()").isEqualTo(2)
                .jsonPath("$.agenda[0].caseId").isEqualTo(purmerend.id())
                .jsonPath("$.agenda[1].caseId").isEqualTo(both.id());
        list(af(PURMEREND), "").expectStatus().isOk().expectBody()
                .jsonPath("$.items[0].agenda.length()").isEqualTo(2);
        meeting(table(), id).expectStatus().isOk().expectBody().jsonPath("$.agenda.length()").isEqualTo(3);
    }

    @Test
    void ruleNeedToKnowAHeldMeetingShowsAnAfOnlyTheirDecidedCasussen() {
        String id = scheduled(table(), body(TABLE, "OVERLEG", inDays(1)));
        insert(decided(casus(REGION, ZAANSTAD, TABLE, CasusStatus.SPOREN_LOPEN, false, "2026-01-01T10:00:00Z"),
                UUID.randomUUID().toString(), id));
        meeting(af(PURMEREND), id).expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("GEHOUDEN")
                .jsonPath("$.agenda.length()").isEqualTo(0);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeySchedulesNothingNew() {
        Map<String, Object> body = body(TABLE, "OVERLEG", inDays(7));
        String first = scheduled(table(), body, "retry-key");
        schedule(table(), body, "retry-key")
                .expectStatus().isOk()
                .expectBody().jsonPath("$.id").isEqualTo(first);
        assertThat(mongo.count(new Query(), "meetings").block()).isEqualTo(1);

        schedule(table(), body(TABLE, "MAIL_CONSULTATIE", inDays(7)), "retry-key")
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("urn:mensenhandel:problem:idempotency-key-reused");
        assertThat(mongo.count(new Query(), "meetings").block()).isEqualTo(1);
    }

    @Test
    void aRetryAnswersTheMeetingScheduledFirstEvenAfterItsTableWasRemoved() {
        Map<String, Object> body = body(TABLE, "OVERLEG", inDays(7));
        String first = scheduled(table(), body, "retry-after-change");
        // the regio-beheerder replaces the region's tables: TABLE is gone
        api.mutateWith(user(REGION, "regio-beheerder")).put().uri("/api/triage/configuration")
                .bodyValue(Map.of("tables", List.of(Map.of("id", "nieuwe-tafel", "name", "Nieuwe tafel", "level",
                        "REGIONAAL", "participants", List.of(Map.of("organisation", "Gemeente Zaanstad", "covenant",
                                "ZVH_CONVENANT")))), "steps", List.of("nieuwe-tafel"), "afDecidesWithoutTable", false))
                .exchange().expectStatus().isOk();

        schedule(table(), body, "retry-after-change").expectStatus().isOk()
                .expectBody().jsonPath("$.id").isEqualTo(first);
        schedule(table(), body, "a-new-key").expectStatus().isEqualTo(422);
    }

    @Test
    void ruleAMeetingIsOfAConfiguredTable() {
        schedule(table(), body("loo-heemstede", "OVERLEG", inDays(7)), "k")
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:mensenhandel:problem:unprocessable")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail)
                        .contains("rule: meeting-of-a-configured-table"));
        // Kennemerland's table is a table there
        schedule(user("kennemerland", "casustafel"), body("loo-heemstede", "OVERLEG", inDays(7)), "k")
                .expectStatus().isCreated();
        assertThat(mongo.count(new Query(Criteria.where("region").is(REGION)), "meetings").block()).isZero();
    }

    @Test
    void theRolesOfTheContractScheduleAndReadMeetingsOthersAre403() {
        String id = scheduled(table(), body(TABLE, "OVERLEG", inDays(7)));
        schedule(af(ZAANSTAD), body(TABLE, "OVERLEG", inDays(8)), null).expectStatus().isCreated();
        for (String role : List.of("melder", "zorgcoordinator", "beleidsregisseur", "handhaver", "monitor-lezer",
                "regio-beheerder")) {
            JwtMutator caller = user(REGION, role, ZAANSTAD);
            forbidden(schedule(caller, body(TABLE, "OVERLEG", inDays(7)), null));
            forbidden(list(caller, ""));
            forbidden(meeting(caller, id));
        }
        unauthenticated(http.get().uri(PATH).exchange());
        unauthenticated(http.get().uri(PATH + "/" + id).exchange());
        unauthenticated(http.post().uri(PATH).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body(TABLE, "OVERLEG", inDays(7))).exchange());
        assertThat(mongo.count(new Query(), "meetings").block()).isEqualTo(2);
    }

    @Test
    void anotherRegionsMeetingAnswers404AndIsNotListed() {
        String id = scheduled(table(), body(TABLE, "OVERLEG", inDays(7)));
        JwtMutator ijsselland = user("ijsselland", "casustafel");
        meeting(ijsselland, id).expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo("urn:mensenhandel:problem:not-found");
        meeting(table(), UUID.randomUUID().toString()).expectStatus().isNotFound();
        list(ijsselland, "").expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(0)
                .jsonPath("$.page.totalElements").isEqualTo(0);
    }

    @Test
    void theListShowsPlannedMeetingsSoonestFirstThenHeldOnesLatestFirstPaged() {
        String planLater = scheduled(table(), body(TABLE, "OVERLEG", inDays(14)));
        String planSoon = scheduled(table(), body(TABLE, "OVERLEG", inDays(2)));
        String heldEarlier = scheduled(table(), body(TABLE, "OVERLEG", inDays(-14)));
        String heldLatest = scheduled(table(), body(TABLE, "MAIL_CONSULTATIE", inDays(-2)));
        insert(decided(casus(REGION, ZAANSTAD, TABLE, CasusStatus.SPOREN_LOPEN, false, "2026-01-01T10:00:00Z"),
                UUID.randomUUID().toString(), heldEarlier));
        insert(decided(casus(REGION, ZAANSTAD, TABLE, CasusStatus.SPOREN_LOPEN, false, "2026-01-01T10:00:00Z"),
                UUID.randomUUID().toString(), heldLatest));
        // another table's meeting, for the filter
        mongo.insert(new Meeting(UUID.randomUUID().toString(), REGION, "another-table", "Another", Meeting.Form.OVERLEG,
                Instant.now().plus(1, ChronoUnit.DAYS), "x", Instant.now())).block();

        list(table(), "?tableId=" + TABLE).expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(4)
                .jsonPath("$.items[0].id").isEqualTo(planSoon)
                .jsonPath("$.items[0].status").isEqualTo("GEPLAND")
                .jsonPath("$.items[1].id").isEqualTo(planLater)
                .jsonPath("$.items[2].id").isEqualTo(heldLatest)
                .jsonPath("$.items[2].status").isEqualTo("GEHOUDEN")
                .jsonPath("$.items[3].id").isEqualTo(heldEarlier)
                .jsonPath("$.page.totalElements").isEqualTo(4);
        list(table(), "").expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(5)
                .jsonPath("$.items[0].tableId").isEqualTo("another-table");
        list(table(), "?tableId=" + TABLE + "&page=1&size=2").expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(2)
                .jsonPath("$.items[0].id").isEqualTo(heldLatest)
                .jsonPath("$.page.number").isEqualTo(1)
                .jsonPath("$.page.size").isEqualTo(2)
                .jsonPath("$.page.totalElements").isEqualTo(4)
                .jsonPath("$.page.totalPages").isEqualTo(2);
    }

    @Test
    void everyReadOfAnAgendaIsWrittenToTheAccessLogWithTheCasussenShown() {
        Casus waiting = insert(casus(REGION, ZAANSTAD, TABLE, CasusStatus.AANGEMELD, false, "2026-01-01T10:00:00Z"));
        String id = scheduled(table(), body(TABLE, "OVERLEG", inDays(7)));
        long before = accessLog("READ");
        meeting(table(), id).expectStatus().isOk();
        assertThat(accessLog("READ")).isEqualTo(before + 1);
        Document entry = mongo.findOne(new Query(Criteria.where("action").is("READ").and("resourceId").is(id))
                .with(org.springframework.data.domain.Sort.by(org.springframework.data.domain.Sort.Direction.DESC,
                        "at")), Document.class, "access_log").block();
        assertThat(entry.getString("resourceType")).isEqualTo("meeting");
        assertThat(entry.getList("resourceIds", String.class)).containsExactly(waiting.id());

        long lists = accessLog("LIST");
        list(table(), "").expectStatus().isOk();
        assertThat(accessLog("LIST")).isEqualTo(lists + 1);
    }

    @Test
    void malformedRequestsAnswer400() {
        for (Map<String, Object> bad : List.of(
                Map.<String, Object>of("form", "OVERLEG", "scheduledAt", inDays(1)),
                Map.<String, Object>of("tableId", TABLE, "form", "LUNCH", "scheduledAt", inDays(1)),
                Map.<String, Object>of("tableId", TABLE, "form", "OVERLEG"),
                Map.<String, Object>of("tableId", TABLE, "form", "OVERLEG", "scheduledAt", "morgen"),
                Map.<String, Object>of("tableId", "Not A Table!", "form", "OVERLEG", "scheduledAt", inDays(1)))) {
            schedule(table(), bad, null).expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.type").isEqualTo("urn:mensenhandel:problem:validation");
        }
        meeting(table(), "not-a-uuid").expectStatus().isBadRequest();
        list(table(), "?tableId=BAD!").expectStatus().isBadRequest();
        list(table(), "?size=0").expectStatus().isBadRequest();
        assertThat(mongo.count(new Query(), "meetings").block()).isZero();
    }

    private long accessLog(String action) {
        return mongo.count(new Query(Criteria.where("action").is(action).and("resourceType").is("meeting")),
                "access_log").block();
    }

    private Casus insert(Casus casus) {
        return mongo.insert(casus).block();
    }

    private static Casus casus(String region, String municipality, String tableId, CasusStatus status,
            boolean urgent, String createdAt) {
        return casus(region, List.of(municipality), tableId, status, urgent, createdAt);
    }

    private static int number = 0;

    private static Casus casus(String region, List<String> municipalities, String tableId, CasusStatus status,
            boolean urgent, String createdAt) {
        Instant at = Instant.parse(createdAt);
        return new Casus(UUID.randomUUID().toString(), region, municipalities.getFirst(), municipalities, status,
                List.of(UUID.randomUUID().toString()), "ZW-2026-" + String.format("%04d", ++number),
                tableId == null ? null : new TableRef(tableId, tableId), "samenvatting", "af", at, urgent,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), 0, at);
    }

    private static Casus decided(Casus casus, String decisionId, String meetingId) {
        Decision decision = new Decision(decisionId, meetingId, TABLE, Decision.DecisionForm.OVERLEG, List.of(),
                null, "rationale", "art. 6 lid 1 e AVG", List.of(), false, List.of(), null, Instant.now(), "casustafel");
        return new Casus(casus.id(), casus.region(), casus.municipalityCode(), casus.municipalityCodes(),
                casus.status(), casus.signalIds(), casus.reference(), casus.table(), casus.summary(),
                casus.openedBy(), casus.createdAt(), casus.urgent(), List.of(), List.of(), List.of(decision),
                List.of(), List.of(), List.of(), 1, casus.updatedAt());
    }

    private static Map<String, Object> body(String tableId, String form, String scheduledAt) {
        return Map.of("tableId", tableId, "form", form, "scheduledAt", scheduledAt);
    }

    private static String inDays(int days) {
        return Instant.now().plus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private String scheduled(JwtMutator caller, Map<String, Object> body) {
        return scheduled(caller, body, null);
    }

    private String scheduled(JwtMutator caller, Map<String, Object> body, String key) {
        Map<?, ?> answer = schedule(caller, body, key).expectStatus().isCreated().expectBody(Map.class)
                .returnResult().getResponseBody();
        return (String) answer.get("id");
    }

    private WebTestClient.ResponseSpec schedule(JwtMutator caller, Object body, String key) {
        return api.mutateWith(caller).post().uri(PATH).contentType(MediaType.APPLICATION_JSON)
                .headers(headers -> {
                    if (key != null) {
                        headers.add("Idempotency-Key", key);
                    }
                }).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec list(JwtMutator caller, String query) {
        return api.mutateWith(caller).get().uri(PATH + query).exchange();
    }

    private WebTestClient.ResponseSpec meeting(JwtMutator caller, String id) {
        return api.mutateWith(caller).get().uri(PATH + "/" + id).exchange();
    }

    private static JwtMutator table() {
        return user(REGION, "casustafel");
    }

    private static JwtMutator af(String municipality) {
        return user(REGION, "aandachtsfunctionaris", municipality);
    }

    private static JwtMutator user(String region, String role, String... municipalities) {
        return TestJwts.user(role + "." + region, region, List.of(municipalities), role);
    }
}
