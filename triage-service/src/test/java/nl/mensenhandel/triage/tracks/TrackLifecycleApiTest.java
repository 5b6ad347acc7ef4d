package nl.mensenhandel.triage.tracks;

import static nl.mensenhandel.platform.testing.ProblemAssertions.forbidden;
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
 * POST /api/cases/{id}/tracks/{trackId}/transitions and /om-consent: the track's lifecycle table (issue 8 §9), the
 * casus closing when its last open track ends, who moves which track, and the OM's consent as its own step.
 */
// the outbox entries are asserted as the decision stored them; no dispatcher may settle them meanwhile
@TestPropertySource(properties = "platform.outbox.enabled=false")
class TrackLifecycleApiTest extends ApiTestSupport {

    static final JwtMutator TAFEL = user("casustafel.ijsselland", IJSSELLAND, "Zorg- en Veiligheidshuis IJsselland",
            "casustafel");
    static final JwtMutator AF = user("af.zwolle", IJSSELLAND, "Gemeente Zwolle", "aandachtsfunctionaris", ZWOLLE);
    static final JwtMutator ZC = user("zc.ijsselland", IJSSELLAND, "Veilig Thuis IJsselland", "zorgcoordinator");
    static final JwtMutator HANDHAVER = user("handhaver.zwolle", IJSSELLAND, "Gemeente Zwolle", "handhaver", ZWOLLE);

    static final int CARE = 0;
    static final int CONTROLE = 1;
    static final int RIEC = 2;

    @Autowired
    ReactiveMongoTemplate mongo;

    String caseId;

    @BeforeEach
    void openTracks() {
        for (String collection : List.of("cases", "idempotency_keys", "access_log")) {
            mongo.remove(new Query(), collection).block();
        }
        caseId = mongo.insert(casus(IJSSELLAND, ZWOLLE, WEEGTAFEL, signal())).block().id();
        Map<String, Object> body = new HashMap<>(Map.of("form", "MAIL_CONSULTATIE",
                "participants", List.of("Zorg- en Veiligheidshuis IJsselland"), "rationale", "Zorg en straf",
                "legalBasis", "ZVH-convenant",
                "tracks", List.of(track("ZORG_EN_STRAF", "ZORG_EN_VEILIGHEIDSHUIS"), track("INTEGRALE_CONTROLE", "HANDHAVING"),
                        track("RIEC", "RIEC"))));
        api.mutateWith(TAFEL).post().uri("/api/cases/" + caseId + "/decisions").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange().expectStatus().isCreated();
    }

    @Test
    void aTrackRunsThenEndsAndEachStepIsInItsHistory() {
        move(TAFEL, CARE, "LOPEND").expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("LOPEND");
        move(TAFEL, CARE, "AFGEROND").expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("AFGEROND");
        List<Document> history = storedTracks().get(CARE).getList("history", Document.class);
        assertThat(history).extracting(step -> step.getString("to")).containsExactly("GEOPEND", "LOPEND", "AFGEROND");
        assertThat(history.get(1).getString("from")).isEqualTo("GEOPEND");
        assertThat(history.get(1).getString("by")).isEqualTo("casustafel.ijsselland");
        assertThat(history.get(1).getString("reason")).startsWith("enc:v1:");
    }

    @Test
    void aStepOutsideTheLifecycleTableIs409() {
        move(TAFEL, CARE, "GEOPEND").expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.type").isEqualTo("urn:mensenhandel:problem:illegal-transition")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("rule: track-lifecycle"));
        move(TAFEL, CARE, "GESTOPT").expectStatus().isOk();
        move(TAFEL, CARE, "LOPEND").expectStatus().isEqualTo(409);
        move(TAFEL, CARE, "AFGEROND").expectStatus().isEqualTo(409);
    }

    @Test
    void whenTheLastOpenTrackEndsTheCasusIsClosed() {
        move(TAFEL, CARE, "AFGEROND").expectStatus().isOk();
        move(TAFEL, CONTROLE, "GESTOPT").expectStatus().isOk();
        assertThat(stored().getString("status")).isEqualTo("SPOREN_LOPEN");
        move(AF, RIEC, "AFGEROND").expectStatus().isOk();
        assertThat(stored().getString("status")).isEqualTo("AFGESLOTEN");
        assertThat(stored().getLong("version")).isEqualTo(4L);
    }

    @Test
    void careCoordinationMovesCareTracksAndTheHandhaverInspectionTracksOnly() {
        move(ZC, CARE, "LOPEND").expectStatus().isOk();
        forbidden(move(ZC, CONTROLE, "LOPEND"));
        move(HANDHAVER, CONTROLE, "LOPEND").expectStatus().isOk();
        forbidden(move(HANDHAVER, CARE, "AFGEROND"));
        forbidden(move(HANDHAVER, RIEC, "LOPEND"));
        forbidden(move(user("regisseur.ijsselland", IJSSELLAND, "Regio", "beleidsregisseur"), RIEC, "LOPEND"));
        move(user("af.deventer", IJSSELLAND, "Gemeente Deventer", "aandachtsfunctionaris", DEVENTER), RIEC, "LOPEND")
                .expectStatus().isNotFound();
        move(user("casustafel.kennemerland", KENNEMERLAND, "Veiligheidshuis Kennemerland", "casustafel"), RIEC,
                "LOPEND").expectStatus().isNotFound();
        api.mutateWith(TAFEL).post().uri("/api/cases/" + caseId + "/tracks/" + java.util.UUID.randomUUID() + "/transitions")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("to", "LOPEND", "reason", "x")).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void theOmConsentIsRecordedOnceOnAZorgEnStrafTrackOnly() {
        consent(TAFEL, CARE).expectStatus().isOk().expectBody()
                .jsonPath("$.omConsent.reference").isEqualTo("OM-2026-17")
                .jsonPath("$.omConsent.recordedBy").isEqualTo("casustafel.ijsselland");
        consent(AF, CARE).expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("rule: om-consent-once"));
        consent(TAFEL, RIEC).expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.detail").value(detail -> assertThat((String) detail)
                        .contains("rule: om-consent-only-on-zorg-en-straf"));
        forbidden(consent(ZC, CARE));
        forbidden(consent(HANDHAVER, CARE));
        assertThat(storedTracks().get(CARE).get("omConsent", Document.class).getString("reference"))
                .isEqualTo("OM-2026-17");
    }

    // --- helpers -------------------------------------------------------------------------------------------------------

    static Map<String, Object> track(String type, String kind) {
        return Map.of("type", type, "regiehouder", Map.of("kind", kind, "organisation", "Organisatie"),
                "dueDate", inDays(30), "details", "Details " + type);
    }

    WebTestClient.ResponseSpec move(JwtMutator caller, int track, String to) {
        return api.mutateWith(caller).post().uri("/api/cases/" + caseId + "/tracks/" + trackId(track) + "/transitions")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("to", to, "reason", "Voortgang " + to))
                .exchange();
    }

    WebTestClient.ResponseSpec consent(JwtMutator caller, int track) {
        return api.mutateWith(caller).post().uri("/api/cases/" + caseId + "/tracks/" + trackId(track) + "/om-consent")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("reference", "OM-2026-17", "decidedOn", inDays(0))).exchange();
    }

    Document stored() {
        return mongo.findOne(new Query(Criteria.where("_id").is(caseId)), Document.class, "cases").block();
    }

    List<Document> storedTracks() {
        return stored().getList("tracks", Document.class);
    }

    String trackId(int index) {
        return storedTracks().get(index).getString("_id");
    }
}
