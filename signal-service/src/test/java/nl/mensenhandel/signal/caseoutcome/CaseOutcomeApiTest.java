package nl.mensenhandel.signal.caseoutcome;

import static nl.mensenhandel.platform.testing.ProblemAssertions.forbidden;
import static nl.mensenhandel.signal.DemoUsers.AF_ZAANSTAD;
import static nl.mensenhandel.signal.DemoUsers.MELDER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import nl.mensenhandel.platform.testing.ApiTestSupport;
import nl.mensenhandel.platform.testing.TestJwts;
import nl.mensenhandel.signal.signal.TriageLink;

/**
 * recordCaseOutcome (issue 8 capabilities 4 and 6): triage-service's account takes the table's outcome onto a
 * signal TER_WEGING in that casus, through the route's transition with result — history entry naming the casus,
 * feedback history and the feedback mail in the outbox — once per command id. The dispatcher is off, so the mail
 * stays in the outbox to be counted.
 */
@TestPropertySource(properties = "platform.outbox.enabled=false")
class CaseOutcomeApiTest extends ApiTestSupport {

    static final JwtMutator TRIAGE = TestJwts.serviceAccount("triage-service");
    static final String REGION = "zaanstreek-waterland";

    @Autowired
    ReactiveMongoTemplate mongo;

    /** A signal with a reporter to tell, TER_WEGING in a casus (as the submission's delivery leaves it). */
    String weighedIn(String caseId) {
        Map<String, Object> report = new HashMap<>(Map.of("municipalityCode", "GM0479", "forms", List.of("ARBEID"),
                "sourceType", "PROFESSIONAL", "reporter", Map.of("contact", "meldpunt@zaanstad.example"),
                "description", "Veel matrassen in een bedrijfspand", "observedAt", "2026-11-01T09:30:00Z"));
        String id = api.mutateWith(MELDER).post().uri("/api/signals").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(report).exchange().expectStatus().isCreated().expectBody(Map.class).returnResult()
                .getResponseBody().get("id").toString();
        for (String to : List.of("IN_VERRIJKING", "TER_WEGING")) {
            api.mutateWith(AF_ZAANSTAD).post().uri("/api/signals/" + id + "/transitions")
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("to", to, "reason", "weging"))
                    .exchange().expectStatus().isOk();
        }
        mongo.updateFirst(new Query(Criteria.where("_id").is(id)), new Update().set(TriageLink.FIELD,
                new TriageLink(UUID.randomUUID().toString(), null, caseId, "ZW-2026-0042", null)), "signals").block();
        return id;
    }

    static Map<String, Object> outcome(String caseId, String result, String closingReason) {
        Map<String, Object> body = new HashMap<>(Map.of("region", REGION, "caseId", caseId, "caseReference",
                "ZW-2026-0042", "decisionId", UUID.randomUUID().toString(), "result", result, "trackTypes",
                List.of("ZORGTRAJECT", "INTEGRALE_CONTROLE"), "feedback", "De casustafel heeft zorg ingezet."));
        if (closingReason != null) {
            body.put("closingReason", closingReason);
            body.put("trackTypes", List.of("NIET_BEVESTIGD"));
        }
        return body;
    }

    WebTestClient.ResponseSpec record(JwtMutator who, String signalId, Object body, String key) {
        var spec = api.mutateWith(who).post().uri("/api/signals/" + signalId + "/case-outcome")
                .contentType(MediaType.APPLICATION_JSON);
        return (key == null ? spec : spec.header("Idempotency-Key", key)).bodyValue(body).exchange();
    }

    Document stored(String id) {
        return mongo.findOne(new Query(Criteria.where("_id").is(id)), Document.class, "signals").block();
    }

    @Test
    void theOutcomeTakesTheRouteWithFeedbackAndMailOnceARepeatChangesNothing() {
        String caseId = UUID.randomUUID().toString();
        String signal = weighedIn(caseId);
        Map<String, Object> body = outcome(caseId, "DOORGELEID", null);
        String key = body.get("decisionId") + ":outcome:" + signal;
        record(TRIAGE, signal, body, key).expectStatus().isOk().expectBody()
                .jsonPath("$.signalId").isEqualTo(signal).jsonPath("$.status").isEqualTo("DOORGELEID");

        Document after = stored(signal);
        assertThat(after.getString("status")).isEqualTo("DOORGELEID");
        List<Document> history = after.getList("history", Document.class);
        assertThat(history.getLast().getString("to")).isEqualTo("DOORGELEID");
        assertThat(history.getLast().getString("by")).isEqualTo("triage-service");
        assertThat(after.getList("feedbackHistory", Object.class)).hasSize(1);
        assertThat(after.getList("outbox", Document.class)).extracting(e -> e.getString("kind"))
                .containsExactly("mail");
        // the AF reads the history entry naming the casus, and the reporter's feedback
        Map<?, ?> read = api.mutateWith(AF_ZAANSTAD).get().uri("/api/signals/" + signal).exchange().expectStatus()
                .isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(read.toString()).contains("Uitkomst casus ZW-2026-0042").contains("De casustafel heeft zorg ingezet.");

        // the dispatcher sends it again after a lost answer: 200, nothing new
        long version = after.get("version", Number.class).longValue();
        record(TRIAGE, signal, body, key).expectStatus().isOk().expectBody().jsonPath("$.status")
                .isEqualTo("DOORGELEID");
        Document again = stored(signal);
        assertThat(again.get("version", Number.class).longValue()).isEqualTo(version);
        assertThat(again.getList("feedbackHistory", Object.class)).hasSize(1);
        assertThat(again.getList("outbox", Document.class)).hasSize(1);
        assertThat(again.getList("history", Document.class)).hasSameSizeAs(history);
    }

    @Test
    void aClosingOutcomeNamesItsReason() {
        String caseId = UUID.randomUUID().toString();
        String signal = weighedIn(caseId);
        record(TRIAGE, signal, outcome(caseId, "AFGESLOTEN", "NIET_BEVESTIGD"), "k-" + signal).expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("AFGESLOTEN");
        assertThat(stored(signal).getString("closingReason")).isEqualTo("NIET_BEVESTIGD");
        // closing without a reason breaks the route's rule: 400, nothing recorded
        String other = weighedIn(caseId);
        record(TRIAGE, other, outcome(caseId, "AFGESLOTEN", null), "k-" + other).expectStatus().isBadRequest();
        assertThat(stored(other).getString("status")).isEqualTo("TER_WEGING");
    }

    /** Rule outcome-only-while-weighed-in-that-casus. */
    @Test
    void aSignalOfAnotherCasusOrTakenBackIs409AndKeepsItsRoute() {
        String signal = weighedIn(UUID.randomUUID().toString());
        String key = "k-other-" + signal;
        record(TRIAGE, signal, outcome(UUID.randomUUID().toString(), "DOORGELEID", null), key)
                .expectStatus().isEqualTo(409);
        assertThat(stored(signal).getString("status")).isEqualTo("TER_WEGING");

        String caseId = UUID.randomUUID().toString();
        String takenBack = weighedIn(caseId);
        api.mutateWith(AF_ZAANSTAD).post().uri("/api/signals/" + takenBack + "/transitions")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("to", "IN_VERRIJKING", "reason", "terug"))
                .exchange().expectStatus().isOk();
        Map<String, Object> body = outcome(caseId, "DOORGELEID", null);
        record(TRIAGE, takenBack, body, "k-back-" + takenBack).expectStatus().isEqualTo(409);
        // a repeat of a refused command is refused again, not answered as recorded
        record(TRIAGE, takenBack, body, "k-back-" + takenBack).expectStatus().isEqualTo(409);
        assertThat(stored(takenBack).getString("status")).isEqualTo("IN_VERRIJKING");
    }

    @Test
    void anotherRegionsSignalIs404() {
        String caseId = UUID.randomUUID().toString();
        String signal = weighedIn(caseId);
        Map<String, Object> body = outcome(caseId, "DOORGELEID", null);
        body.put("region", "kennemerland");
        record(TRIAGE, signal, body, "k-region-" + signal).expectStatus().isNotFound();
        record(TRIAGE, UUID.randomUUID().toString(), outcome(caseId, "DOORGELEID", null), "k-none")
                .expectStatus().isNotFound();
        assertThat(stored(signal).getString("status")).isEqualTo("TER_WEGING");
    }

    /** Rule case-outcome-from-platform-services: no user records a table's outcome, whatever their role. */
    @Test
    void onlyTriageServiceRecordsAndTheKeyIsRequired() {
        String caseId = UUID.randomUUID().toString();
        String signal = weighedIn(caseId);
        for (JwtMutator user : List.of(AF_ZAANSTAD, TestJwts.user("casustafel.zaanstreek", REGION, List.of(),
                "casustafel"), TestJwts.serviceAccount("care-coordination-service"))) {
            forbidden(record(user, signal, outcome(caseId, "DOORGELEID", null), "k-user-" + UUID.randomUUID()));
        }
        record(TRIAGE, signal, outcome(caseId, "DOORGELEID", null), null).expectStatus().isBadRequest();
        assertThat(stored(signal).getString("status")).isEqualTo("TER_WEGING");
    }
}
