package nl.mensenhandel.triage.cases;

import static nl.mensenhandel.platform.testing.ProblemAssertions.forbidden;
import static nl.mensenhandel.platform.testing.ProblemAssertions.unauthenticated;
import static nl.mensenhandel.triage.TriageFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

import nl.mensenhandel.platform.testing.ApiTestSupport;

/**
 * GET /api/cases/{id}: need to know per covenant (issue 8 §5). IJsselland's weeg- en monitortafel opened a care +
 * criminal track (ZORG_EN_STRAF), an inspection, a RIEC case and a request for more information at once; each role
 * and each organisation at the table sees what its covenant allows.
 */
// the outbox entries are asserted as the decision stored them; no dispatcher may settle them meanwhile
@TestPropertySource(properties = "platform.outbox.enabled=false")
class CaseNeedToKnowApiTest extends ApiTestSupport {

    /** Under the ZVH covenant only at the weeg- en monitortafel. */
    static final JwtMutator ZVH_TAFEL = user("casustafel.ijsselland", IJSSELLAND, "Zorg- en Veiligheidshuis IJsselland",
            "casustafel");
    /** Under both the ZVH and the RIEC covenant. */
    static final JwtMutator POLITIE = user("politie.ijsselland", IJSSELLAND, "Politie Oost-Nederland", "casustafel");
    /** Under the RIEC covenant only. */
    static final JwtMutator RIEC = user("riec.oost", IJSSELLAND, "RIEC Oost-Nederland", "casustafel");
    /** A casustafel user whose organisation does not take part in the table. */
    static final JwtMutator OUTSIDER = user("casustafel.elders", IJSSELLAND, "Stichting Elders", "casustafel");
    static final JwtMutator AF = user("af.zwolle", IJSSELLAND, "Gemeente Zwolle", "aandachtsfunctionaris", ZWOLLE);
    static final JwtMutator ZC = user("zc.ijsselland", IJSSELLAND, "Veilig Thuis IJsselland", "zorgcoordinator");
    static final JwtMutator HANDHAVER = user("handhaver.zwolle", IJSSELLAND, "Gemeente Zwolle", "handhaver", ZWOLLE);
    static final JwtMutator REGISSEUR = user("regisseur.ijsselland", IJSSELLAND, "Regio IJsselland", "beleidsregisseur");

    // track positions in the decision below
    static final int STRAF = 0;
    static final int CONTROLE = 1;
    static final int RIEC_TRACK = 2;
    static final int INFO = 3;

    @Autowired
    ReactiveMongoTemplate mongo;

    String caseId;

    @BeforeEach
    void decideOnACasus() {
        for (String collection : List.of("cases", "idempotency_keys", "access_log")) {
            mongo.remove(new Query(), collection).block();
        }
        caseId = mongo.insert(casus(IJSSELLAND, ZWOLLE, WEEGTAFEL, signal())).block().id();
        Map<String, Object> straf = track("ZORG_EN_STRAF", "ZORG_EN_VEILIGHEIDSHUIS", "Zorg- en Veiligheidshuis IJsselland",
                "ZORG-DETAIL");
        straf.put("criminalInformation", "STRAF-DETAIL");
        Map<String, Object> info = track("MEER_INFORMATIE", "AANDACHTSFUNCTIONARIS", "Gemeente Zwolle", "INFO-DETAIL");
        info.put("tasks", List.of(Map.of("description", "Observatie wijkagent", "assignee", "Politie", "dueDate",
                inDays(7))));
        Map<String, Object> body = new HashMap<>(Map.of("form", "MAIL_CONSULTATIE",
                "participants", List.of("Zorg- en Veiligheidshuis IJsselland"), "rationale", "MOTIVERING",
                "legalBasis", "ZVH-convenant", "deliberation", "BERAAD",
                "tracks", List.of(straf, track("INTEGRALE_CONTROLE", "HANDHAVING", "Gemeente Zwolle", "CONTROLE-DETAIL"),
                        track("RIEC", "RIEC", "RIEC Oost-Nederland", "RIEC-DETAIL"), info)));
        api.mutateWith(ZVH_TAFEL).post().uri("/api/cases/" + caseId + "/decisions")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange().expectStatus().isCreated();
    }

    @Test
    void riecDetailsOnlyForAParticipantUnderTheRiecCovenant() {
        read(RIEC).jsonPath(details(RIEC_TRACK)).isEqualTo("RIEC-DETAIL")
                .jsonPath(withheld(RIEC_TRACK)).isEqualTo(false);
        read(POLITIE).jsonPath(details(RIEC_TRACK)).isEqualTo("RIEC-DETAIL");
        read(ZVH_TAFEL).jsonPath(details(RIEC_TRACK)).doesNotExist()
                .jsonPath(withheld(RIEC_TRACK)).isEqualTo(true)
                // the track itself is no secret: type, regiehouder, status
                .jsonPath("$.tracks[" + RIEC_TRACK + "].type").isEqualTo("RIEC")
                .jsonPath("$.tracks[" + RIEC_TRACK + "].status").isEqualTo("GEOPEND");
        read(OUTSIDER).jsonPath(details(RIEC_TRACK)).doesNotExist().jsonPath(details(CONTROLE)).doesNotExist()
                .jsonPath(withheld(CONTROLE)).isEqualTo(true);
    }

    @Test
    void careDetailsForTheZvhCovenantAndCareCoordinationNotForRiecOnly() {
        read(ZVH_TAFEL).jsonPath(details(STRAF)).isEqualTo("ZORG-DETAIL");
        read(ZC).jsonPath(details(STRAF)).isEqualTo("ZORG-DETAIL");
        read(RIEC).jsonPath(details(STRAF)).doesNotExist().jsonPath(withheld(STRAF)).isEqualTo(true);
    }

    @Test
    void criminalInformationOnlyAfterTheOmAgreedAndOnlyUnderTheZvhCovenant() {
        read(ZVH_TAFEL).jsonPath(criminal(STRAF)).doesNotExist().jsonPath(withheld(STRAF)).isEqualTo(true);
        read(POLITIE).jsonPath(criminal(STRAF)).doesNotExist();

        api.mutateWith(AF).post().uri("/api/cases/" + caseId + "/tracks/" + trackId(STRAF) + "/om-consent")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("reference", "OM-2026-17", "decidedOn", inDays(0))).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.omConsent.reference").isEqualTo("OM-2026-17")
                // the AF recorded it but sees no criminal information
                .jsonPath("$.criminalInformation").doesNotExist();

        read(ZVH_TAFEL).jsonPath(criminal(STRAF)).isEqualTo("STRAF-DETAIL").jsonPath(withheld(STRAF)).isEqualTo(false);
        read(POLITIE).jsonPath(criminal(STRAF)).isEqualTo("STRAF-DETAIL");
        read(RIEC).jsonPath(criminal(STRAF)).doesNotExist();
        read(ZC).jsonPath(criminal(STRAF)).doesNotExist().jsonPath(details(STRAF)).isEqualTo("ZORG-DETAIL")
                .jsonPath(withheld(STRAF)).isEqualTo(true);
    }

    @Test
    void theHandhaverSeesTheInspectionOnlyNeverCare() {
        read(HANDHAVER).jsonPath(details(CONTROLE)).isEqualTo("CONTROLE-DETAIL")
                .jsonPath(details(STRAF)).doesNotExist().jsonPath(criminal(STRAF)).doesNotExist()
                .jsonPath(withheld(STRAF)).isEqualTo(true)
                .jsonPath(details(RIEC_TRACK)).doesNotExist()
                .jsonPath(details(INFO)).doesNotExist()
                .jsonPath("$.decisions.length()").isEqualTo(0)
                .jsonPath("$.casus.summary").doesNotExist();
        // a handhaver of another municipality does not see the casus at all
        get(user("handhaver.deventer", IJSSELLAND, "Gemeente Deventer", "handhaver", DEVENTER)).expectStatus()
                .isNotFound();
    }

    @Test
    void theZorgcoordinatorSeesTheCareTracksDetailsOnly() {
        read(ZC).jsonPath(details(CONTROLE)).doesNotExist().jsonPath(details(RIEC_TRACK)).doesNotExist()
                .jsonPath(details(INFO)).doesNotExist().jsonPath("$.decisions.length()").isEqualTo(0);
    }

    @Test
    void theZorgcoordinatorDoesNotSeeACasusWithoutACareTrack() {
        String other = mongo.insert(casus(IJSSELLAND, ZWOLLE, WEEGTAFEL, signal())).block().id();
        api.mutateWith(ZC).get().uri("/api/cases/" + other).exchange().expectStatus().isNotFound();
        api.mutateWith(HANDHAVER).get().uri("/api/cases/" + other).exchange().expectStatus().isNotFound();
    }

    @Test
    void theAfSeesTheOutlineDecisionsWithoutDeliberationAndTasksButNoDetails() {
        read(AF).jsonPath("$.casus.summary").isEqualTo("Samenvatting voor de tafel: woning met veel matrassen")
                .jsonPath("$.decisions[0].rationale").isEqualTo("MOTIVERING")
                .jsonPath("$.decisions[0].deliberation").doesNotExist()
                .jsonPath("$.tracks.length()").isEqualTo(4)
                .jsonPath("$.tracks[" + CONTROLE + "].regiehouder.organisation").isEqualTo("Gemeente Zwolle")
                .jsonPath("$.tracks[" + CONTROLE + "].dueDate").isEqualTo(inDays(30))
                .jsonPath(details(CONTROLE)).doesNotExist().jsonPath(details(STRAF)).doesNotExist()
                .jsonPath(details(RIEC_TRACK)).doesNotExist().jsonPath(details(INFO)).doesNotExist()
                .jsonPath("$.tracks[" + INFO + "].tasks[0].description").isEqualTo("Observatie wijkagent")
                .jsonPath(withheld(INFO)).isEqualTo(true);
        read(ZVH_TAFEL).jsonPath("$.decisions[0].deliberation").isEqualTo("BERAAD");
    }

    @Test
    void theBeleidsregisseurSeesOutlineAndStatusesOnly() {
        read(REGISSEUR).jsonPath("$.casus.status").isEqualTo("SPOREN_LOPEN")
                .jsonPath("$.casus.summary").doesNotExist()
                .jsonPath("$.decisions.length()").isEqualTo(0)
                .jsonPath("$.tracks[*].status").value(statuses -> assertThat((List<Object>) statuses).hasSize(4))
                .jsonPath("$.tracks[*].details").value(details -> assertThat((List<Object>) details).isEmpty())
                .jsonPath("$.tracks[" + INFO + "].tasks").doesNotExist();
    }

    @Test
    void othersAre403OtherRegionsAndOtherMunicipalities404AndEveryReadIsLogged() {
        forbidden(get(user("melder.zwolle", IJSSELLAND, "Gemeente Zwolle", "melder", ZWOLLE)));
        forbidden(get(user("monitor.ijsselland", IJSSELLAND, "Regio", "monitor-lezer")));
        get(user("casustafel.kennemerland", KENNEMERLAND, "Veiligheidshuis Kennemerland", "casustafel"))
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo("urn:mensenhandel:problem:not-found");
        get(user("af.deventer", IJSSELLAND, "Gemeente Deventer", "aandachtsfunctionaris", DEVENTER))
                .expectStatus().isNotFound();
        unauthenticated(http.get().uri("/api/cases/" + caseId).exchange());

        long before = reads();
        read(ZVH_TAFEL);
        read(ZC);
        assertThat(reads()).isEqualTo(before + 2);
    }

    // --- helpers -------------------------------------------------------------------------------------------------------

    static String details(int track) {
        return "$.tracks[" + track + "].details";
    }

    static String criminal(int track) {
        return "$.tracks[" + track + "].criminalInformation";
    }

    static String withheld(int track) {
        return "$.tracks[" + track + "].detailsWithheld";
    }

    static Map<String, Object> track(String type, String kind, String organisation, String details) {
        Map<String, Object> track = new HashMap<>();
        track.put("type", type);
        track.put("regiehouder", Map.of("kind", kind, "organisation", organisation));
        track.put("dueDate", inDays(30));
        track.put("details", details);
        return track;
    }

    String trackId(int index) {
        Document stored = mongo.findOne(new Query(Criteria.where("_id").is(caseId)), Document.class, "cases").block();
        return stored.getList("tracks", Document.class).get(index).getString("_id");
    }

    long reads() {
        return mongo.count(new Query(Criteria.where("action").is("READ").and("resourceId").is(caseId)), "access_log")
                .block();
    }

    WebTestClient.ResponseSpec get(JwtMutator caller) {
        return api.mutateWith(caller).get().uri("/api/cases/" + caseId).exchange();
    }

    WebTestClient.BodyContentSpec read(JwtMutator caller) {
        return get(caller).expectStatus().isOk().expectBody();
    }
}
