package nl.mensenhandel.triage.decisions;

import static nl.mensenhandel.platform.testing.ProblemAssertions.forbidden;
import static nl.mensenhandel.triage.TriageFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import nl.mensenhandel.platform.crypto.FieldEncryption;
import nl.mensenhandel.platform.testing.ApiTestSupport;
import nl.mensenhandel.triage.cases.Casus;
import nl.mensenhandel.triage.tables.TableRef;

/**
 * POST /api/cases/{id}/decisions: the procedure of the tables — IJsselland's weeg- en monitortafel opening care,
 * inspection and RIEC tracks at once, Heemstede's signalenoverleg sending a casus on to the LOO, Rotterdam's AF
 * deciding without a table — with the commands stored in the same document as the decision.
 */
// the outbox entries are asserted as the decision stored them; no dispatcher may settle them meanwhile
@TestPropertySource(properties = "platform.outbox.enabled=false")
class DecisionApiTest extends ApiTestSupport {

    static final String TAFEL_ORG = "Zorg- en Veiligheidshuis IJsselland";

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    FieldEncryption encryption;

    final String signalA = signal();
    final String signalB = signal();
    Casus ijsselland;

    @BeforeEach
    void setUp() {
        for (String collection : List.of("cases", "idempotency_keys", "access_log", "meetings")) {
            mongo.remove(new Query(), collection).block();
        }
        ijsselland = mongo.insert(casus(IJSSELLAND, ZWOLLE, WEEGTAFEL, signalA, signalB)).block();
    }

    // --- IJsselland: parallel tracks, commands in the same write ------------------------------------------------

    @Test
    void theWeegtafelOpensCareInspectionAndRiecAtOnceAndStoresTheirCommandsWithTheDecision() {
        Map<String, Object> body = decision("MAIL_CONSULTATIE", List.of(
                track("ZORGTRAJECT", "ZORGCOORDINATOR", "Zorgcoordinatie IJsselland", "Opvang nodig voor twee vrouwen"),
                track("INTEGRALE_CONTROLE", "HANDHAVING", "Gemeente Zwolle", "Controle pand Voorbeeldstraat"),
                track("RIEC", "RIEC", "RIEC Oost-Nederland", "Verhuurder verdacht van ondermijning")));
        body.put("feedbackForReporter", "Uw melding is besproken; er is actie ondernomen.");
        post(tafel(), ijsselland.id(), body, "weeg-1").expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.casus.status").isEqualTo("SPOREN_LOPEN")
                .jsonPath("$.tracks.length()").isEqualTo(3)
                .jsonPath("$.tracks[0].status").isEqualTo("GEOPEND")
                .jsonPath("$.tracks[0].delivery.to").isEqualTo("care-coordination-service")
                .jsonPath("$.tracks[0].delivery.status").isEqualTo("PENDING")
                .jsonPath("$.tracks[1].delivery.to").isEqualTo("enforcement-service")
                .jsonPath("$.decisions[0].tableId").isEqualTo(WEEGTAFEL.id())
                .jsonPath("$.decisions[0].trackIds.length()").isEqualTo(3);

        Document stored = stored(ijsselland.id());
        List<Document> tracks = stored.getList("tracks", Document.class);
        String decisionId = stored.getList("decisions", Document.class).getFirst().getString("_id");
        String care = tracks.get(0).getString("_id");
        String inspection = tracks.get(1).getString("_id");
        assertThat(outboxIds(stored)).containsExactlyInAnyOrder(care + ":care-request",
                inspection + ":inspection-request", decisionId + ":outcome:" + signalA,
                decisionId + ":outcome:" + signalB);
        assertThat(stored.getLong("version")).isEqualTo(1L);
        assertThat(tracks.get(0).get("delivery", Document.class).getString("commandId"))
                .isEqualTo(care + ":care-request");
        Map<String, Object> outcome = payload(stored, decisionId + ":outcome:" + signalA);
        assertThat(outcome).containsEntry("result", "DOORGELEID").containsEntry("signalId", signalA)
                .containsEntry("feedback", "Uw melding is besproken; er is actie ondernomen.");
        assertThat(payload(stored, care + ":care-request")).containsEntry("careNeed", "Opvang nodig voor twee vrouwen")
                .containsEntry("trackType", "ZORGTRAJECT");
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyRecordsNothingNew() {
        Map<String, Object> body = decision("MAIL_CONSULTATIE",
                List.of(track("ZORGTRAJECT", "ZORGCOORDINATOR", "Zorgcoordinatie IJsselland", "Opvang")));
        post(tafel(), ijsselland.id(), body, "retry-1").expectStatus().isCreated();
        Document first = stored(ijsselland.id());

        post(tafel(), ijsselland.id(), body, "retry-1").expectStatus().isOk()
                .expectBody().jsonPath("$.tracks.length()").isEqualTo(1);

        Document again = stored(ijsselland.id());
        assertThat(again.getList("decisions", Document.class)).hasSize(1);
        assertThat(outboxIds(again)).isEqualTo(outboxIds(first)).hasSize(3);
        assertThat(again.getLong("version")).isEqualTo(1L);
    }

    @Test
    void careNeedIsTheRationaleWhereTheTrackHasNoDetails() {
        post(tafel(), ijsselland.id(), decision("MAIL_CONSULTATIE",
                List.of(track("ZORG_EN_STRAF", "ZORG_EN_VEILIGHEIDSHUIS", TAFEL_ORG, null))), null)
                .expectStatus().isCreated();
        Document stored = stored(ijsselland.id());
        String track = stored.getList("tracks", Document.class).getFirst().getString("_id");
        assertThat(payload(stored, track + ":care-request")).containsEntry("careNeed", "Sterk signaal van uitbuiting");
    }

    @Test
    void storedDecisionAndTracksHoldNoClearText() {
        Map<String, Object> riec = track("RIEC", "RIEC", "RIEC Oost-Nederland", "GEHEIM-DETAIL-RIEC");
        Map<String, Object> straf = track("ZORG_EN_STRAF", "ZORG_EN_VEILIGHEIDSHUIS", TAFEL_ORG, "GEHEIM-ZORG");
        straf.put("criminalInformation", "GEHEIM-STRAF");
        Map<String, Object> info = track("MEER_INFORMATIE", "AANDACHTSFUNCTIONARIS", "Gemeente Zwolle", null);
        info.put("tasks", List.of(Map.of("description", "GEHEIM-TAAK", "assignee", "Wijkagent", "dueDate", inDays(7))));
        Map<String, Object> body = decision("MAIL_CONSULTATIE", List.of(riec, straf, info));
        body.put("deliberation", "GEHEIM-BERAAD");
        body.put("rationale", "GEHEIM-MOTIVERING");
        body.put("feedbackForReporter", "GEHEIM-TERUGKOPPELING");
        body.put("advice", List.of(Map.of("from", "ESSM", "summary", "GEHEIM-ADVIES")));
        post(tafel(), ijsselland.id(), body, null).expectStatus().isCreated();
        post(tafel(), ijsselland.id(), Map.of("to", "LOPEND", "reason", "GEHEIM-REDEN"), null,
                "/tracks/" + stored(ijsselland.id()).getList("tracks", Document.class).getFirst().getString("_id")
                        + "/transitions").expectStatus().isOk();

        String raw = stored(ijsselland.id()).toJson();
        assertThat(raw).doesNotContain("GEHEIM").doesNotContain("matrassen").contains("enc:v1:");
        // and the casus reads back in clear
        get(tafel(), ijsselland.id()).expectBody().jsonPath("$.decisions[0].deliberation").isEqualTo("GEHEIM-BERAAD")
                .jsonPath("$.tracks[1].details").isEqualTo("GEHEIM-ZORG");
    }

    // --- Heemstede: signalenoverleg → LOO --------------------------------------------------------------------------

    @Test
    void theSignalenoverlegSendsAStrongSignalOnToTheLooWithoutCommands() {
        Casus heemstede = mongo.insert(casus(KENNEMERLAND, HEEMSTEDE, SIGNALENOVERLEG, signalA)).block();
        Map<String, Object> body = decision("MAIL_CONSULTATIE", List.of());
        body.put("nextStep", true);
        post(heemsteedseTafel(), heemstede.id(), body, null).expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.casus.status").isEqualTo("AANGEMELD")
                .jsonPath("$.casus.table.id").isEqualTo(LOO.id())
                .jsonPath("$.decisions[0].tableId").isEqualTo(SIGNALENOVERLEG.id())
                .jsonPath("$.decisions[0].nextStep").isEqualTo(true)
                .jsonPath("$.tracks.length()").isEqualTo(0);
        assertThat(outboxIds(stored(heemstede.id()))).isEmpty();

        // at the LOO, the last step, there is no next table
        rejected(post(heemsteedseTafel(), heemstede.id(), body, null), "next-step-needs-a-next-table");
    }

    @Test
    void aDecisionInAMeetingNamesAMeetingOfTheCasusTable() {
        Map<String, Object> body = decision("OVERLEG",
                List.of(track("REGULIERE_HULP", "ANDERE_AFDELING", "Wijkteam Zwolle", "Schuldhulp")));
        rejected(post(tafel(), ijsselland.id(), body, null), "overleg-needs-a-meeting");

        String otherTable = UUID.randomUUID().toString();
        mongo.insert(new Document("_id", otherTable).append("region", IJSSELLAND).append("tableId", "andere-tafel"),
                "meetings").block();
        body.put("meetingId", otherTable);
        rejected(post(tafel(), ijsselland.id(), body, null), "meeting-of-the-casus-table");

        String meeting = UUID.randomUUID().toString();
        mongo.insert(new Document("_id", meeting).append("region", IJSSELLAND).append("tableId", WEEGTAFEL.id()),
                "meetings").block();
        body.put("meetingId", meeting);
        post(tafel(), ijsselland.id(), body, null).expectStatus().isCreated()
                .expectBody().jsonPath("$.decisions[0].meetingId").isEqualTo(meeting);
        // REGULIERE_HULP as the only destination: the reporter hears the casus is closed with that reason
        Document stored = stored(ijsselland.id());
        String decisionId = stored.getList("decisions", Document.class).getFirst().getString("_id");
        assertThat(payload(stored, decisionId + ":outcome:" + signalA)).containsEntry("result", "AFGESLOTEN")
                .containsEntry("closingReason", "REGULIERE_HULP");
    }

    // --- Rotterdam: the AF decides without a table -----------------------------------------------------------------

    @Test
    void inRotterdamTheAfDecidesATrackWithoutATable() {
        Casus rotterdam = mongo.insert(casus(ROTTERDAM, ROTTERDAM_GM, null, signalA)).block();
        Map<String, Object> body = decision("AF_BESLUIT",
                List.of(track("ZORGTRAJECT", "ZORGCOORDINATOR", "ESSM Humanitas", "Noodbed")));
        body.put("advice", List.of(Map.of("from", "ESSM", "summary", "Noodbed en COSM-traject")));
        post(rotterdamAf(), rotterdam.id(), body, null).expectStatus().isCreated()
                .expectBody().jsonPath("$.casus.status").isEqualTo("SPOREN_LOPEN")
                .jsonPath("$.decisions[0].form").isEqualTo("AF_BESLUIT")
                .jsonPath("$.decisions[0].tableId").doesNotExist();
    }

    @Test
    void aCasusWithoutATableIsNotDecidedInAMeeting() {
        Casus rotterdam = mongo.insert(casus(ROTTERDAM, ROTTERDAM_GM, null, signalA)).block();
        Map<String, Object> body = decision("OVERLEG",
                List.of(track("ZORGTRAJECT", "ZORGCOORDINATOR", "ESSM Humanitas", "Noodbed")));
        body.put("meetingId", UUID.randomUUID().toString());
        rejected(post(rotterdamAf(), rotterdam.id(), body, null), "without-table-af-or-consultation");
    }

    @Test
    void theAfDecidesAloneOnlyWhereTheRegionAllowsIt() {
        rejected(post(zwolleAf(), ijsselland.id(), decision("AF_BESLUIT",
                List.of(track("REGULIERE_HULP", "ANDERE_AFDELING", "Wijkteam", "x"))), null),
                "af-besluit-only-where-configured");
    }

    // --- the procedure's other rules ---------------------------------------------------------------------------------

    @Test
    void aDecisionEitherSendsOnOrOpensTracks() {
        rejected(post(tafel(), ijsselland.id(), decision("MAIL_CONSULTATIE", List.of()), null),
                "decision-next-step-or-tracks");
        Map<String, Object> both = decision("MAIL_CONSULTATIE",
                List.of(track("RIEC", "RIEC", "RIEC Oost-Nederland", "x")));
        both.put("nextStep", true);
        rejected(post(tafel(), ijsselland.id(), both, null), "decision-next-step-or-tracks");
    }

    @Test
    void nietBevestigdStandsAloneAndClosesTheCasus() {
        rejected(post(tafel(), ijsselland.id(), decision("MAIL_CONSULTATIE", List.of(
                track("NIET_BEVESTIGD", "AANDACHTSFUNCTIONARIS", "Gemeente Zwolle", "Geen aanwijzingen"),
                track("RIEC", "RIEC", "RIEC Oost-Nederland", "x"))), null), "niet-bevestigd-stands-alone");

        Map<String, Object> closing = decision("MAIL_CONSULTATIE",
                List.of(track("NIET_BEVESTIGD", "AANDACHTSFUNCTIONARIS", "Gemeente Zwolle", "Geen aanwijzingen")));
        post(tafel(), ijsselland.id(), closing, null).expectStatus().isCreated()
                .expectBody().jsonPath("$.casus.status").isEqualTo("AFGESLOTEN")
                .jsonPath("$.tracks[0].status").isEqualTo("AFGEROND");
        Document stored = stored(ijsselland.id());
        String decisionId = stored.getList("decisions", Document.class).getFirst().getString("_id");
        assertThat(payload(stored, decisionId + ":outcome:" + signalB)).containsEntry("result", "AFGESLOTEN")
                .containsEntry("closingReason", "NIET_BEVESTIGD");

        // a closed casus awaits no decision: the lifecycle says 409
        post(tafel(), ijsselland.id(), decision("MAIL_CONSULTATIE",
                List.of(track("RIEC", "RIEC", "RIEC Oost-Nederland", "x"))), null)
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("urn:mensenhandel:problem:illegal-transition");
    }

    @Test
    void meerInformatieNeedsTasksAndOnlyItHasThem() {
        rejected(post(tafel(), ijsselland.id(), decision("MAIL_CONSULTATIE",
                List.of(track("MEER_INFORMATIE", "AANDACHTSFUNCTIONARIS", "Gemeente Zwolle", null))), null),
                "meer-informatie-needs-tasks");
        Map<String, Object> withTasks = track("RIEC", "RIEC", "RIEC Oost-Nederland", "x");
        withTasks.put("tasks", List.of(Map.of("description", "Observeren", "assignee", "Wijkagent", "dueDate", inDays(3))));
        rejected(post(tafel(), ijsselland.id(), decision("MAIL_CONSULTATIE", List.of(withTasks)), null),
                "tasks-only-on-meer-informatie");
    }

    @Test
    void criminalInformationOnlyOnAZorgEnStrafTrack() {
        Map<String, Object> care = track("ZORGTRAJECT", "ZORGCOORDINATOR", "Zorgcoordinatie IJsselland", "Opvang");
        care.put("criminalInformation", "Antecedenten");
        rejected(post(tafel(), ijsselland.id(), decision("MAIL_CONSULTATIE", List.of(care)), null),
                "criminal-information-only-on-zorg-en-straf");
    }

    @Test
    void aDueDateIsNotInThePast() {
        Map<String, Object> late = track("RIEC", "RIEC", "RIEC Oost-Nederland", "x");
        late.put("dueDate", inDays(-1));
        rejected(post(tafel(), ijsselland.id(), decision("MAIL_CONSULTATIE", List.of(late)), null),
                "due-date-not-in-the-past");
        assertThat(stored(ijsselland.id()).getList("decisions", Document.class)).isEmpty();
    }

    // --- who --------------------------------------------------------------------------------------------------------

    @Test
    void onlyTheTableAndTheAfOfTheMunicipalityDecide() {
        Map<String, Object> body = decision("MAIL_CONSULTATIE", List.of(track("RIEC", "RIEC", "RIEC Oost-Nederland", "x")));
        forbidden(post(user("zc.ijsselland", IJSSELLAND, "Veilig Thuis IJsselland", "zorgcoordinator"), ijsselland.id(),
                body, null));
        forbidden(post(user("regisseur.ijsselland", IJSSELLAND, "Regio IJsselland", "beleidsregisseur"),
                ijsselland.id(), body, null));
        post(user("af.deventer", IJSSELLAND, "Gemeente Deventer", "aandachtsfunctionaris", DEVENTER), ijsselland.id(),
                body, null).expectStatus().isNotFound();
        post(user("casustafel.kennemerland", KENNEMERLAND, "Veiligheidshuis Kennemerland", "casustafel"),
                ijsselland.id(), body, null).expectStatus().isNotFound();
        post(zwolleAf(), ijsselland.id(), body, null).expectStatus().isCreated();
        assertThat(mongo.count(new Query(Criteria.where("action").is("UPDATE")), "access_log").block()).isEqualTo(1L);
    }

    // --- helpers -------------------------------------------------------------------------------------------------------

    static JwtMutator tafel() {
        return user("casustafel.ijsselland", IJSSELLAND, TAFEL_ORG, "casustafel");
    }

    static JwtMutator zwolleAf() {
        return user("af.zwolle", IJSSELLAND, "Gemeente Zwolle", "aandachtsfunctionaris", ZWOLLE);
    }

    static JwtMutator heemsteedseTafel() {
        return user("casustafel.kennemerland", KENNEMERLAND, "Veiligheidshuis Kennemerland", "casustafel");
    }

    static JwtMutator rotterdamAf() {
        return user("af.rotterdam", ROTTERDAM, "Gemeente Rotterdam", "aandachtsfunctionaris", ROTTERDAM_GM);
    }

    static Map<String, Object> decision(String form, List<Map<String, Object>> tracks) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("form", form);
        body.put("participants", List.of("Zorg- en Veiligheidshuis IJsselland", "Politie Oost-Nederland"));
        body.put("rationale", "Sterk signaal van uitbuiting");
        body.put("legalBasis", "Convenant Zorg- en Veiligheidshuis, art. 5");
        if (!tracks.isEmpty()) {
            body.put("tracks", tracks);
        }
        return body;
    }

    static Map<String, Object> track(String type, String kind, String organisation, String details) {
        Map<String, Object> track = new java.util.HashMap<>();
        track.put("type", type);
        track.put("regiehouder", Map.of("kind", kind, "organisation", organisation));
        track.put("dueDate", inDays(30));
        if (details != null) {
            track.put("details", details);
        }
        return track;
    }

    WebTestClient.ResponseSpec post(JwtMutator caller, String caseId, Object body, String key) {
        return post(caller, caseId, body, key, "/decisions");
    }

    WebTestClient.ResponseSpec post(JwtMutator caller, String caseId, Object body, String key, String path) {
        WebTestClient.RequestBodySpec request = api.mutateWith(caller).post().uri("/api/cases/" + caseId + path)
                .contentType(MediaType.APPLICATION_JSON);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.bodyValue(body).exchange();
    }

    WebTestClient.ResponseSpec get(JwtMutator caller, String caseId) {
        return api.mutateWith(caller).get().uri("/api/cases/" + caseId).exchange();
    }

    static void rejected(WebTestClient.ResponseSpec response, String rule) {
        response.expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.type").isEqualTo("urn:mensenhandel:problem:unprocessable")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("rule: " + rule));
    }

    Document stored(String id) {
        return mongo.findOne(new Query(Criteria.where("_id").is(id)), Document.class, "cases").block();
    }

    static List<String> outboxIds(Document stored) {
        return stored.getList("outbox", Document.class, List.of()).stream().map(e -> e.getString("id")).toList();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> payload(Document stored, String entryId) {
        Document entry = stored.getList("outbox", Document.class).stream().filter(e -> e.getString("id").equals(entryId))
                .findFirst().orElseThrow();
        assertThat(entry.getString("payload")).as("payload of %s (still pending)", entryId).startsWith("enc:v1:");
        String json = encryption.decrypt(stored.getString("region"), stored.getString("_id"),
                "outbox." + entryId + ".payload", entry.getString("payload"));
        return Document.parse(json);
    }
}
