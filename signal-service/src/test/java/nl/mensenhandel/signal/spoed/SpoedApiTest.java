package nl.mensenhandel.signal.spoed;

import static nl.mensenhandel.signal.DemoUsers.AF_HEEMSTEDE;
import static nl.mensenhandel.signal.DemoUsers.AF_PURMEREND;
import static nl.mensenhandel.signal.DemoUsers.AF_ZAANSTAD;
import static nl.mensenhandel.signal.DemoUsers.HANDHAVER;
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
import org.springframework.http.MediaType;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.test.web.reactive.server.WebTestClient;

import nl.mensenhandel.platform.testing.ApiTestSupport;
import nl.mensenhandel.platform.testing.TestJwts;

/**
 * Urgent signals act first (issue 7 §6): a SPOED signal notifies the municipality's AFs and the region's table
 * within the intake request, flags the meldcode route for a minor victim, and may take the urgent path to the
 * table with the acute action recorded.
 */
class SpoedApiTest extends ApiTestSupport {

    static final JwtMutator CASUSTAFEL = TestJwts.user("casustafel.zaanstreek", "zaanstreek-waterland", List.of(),
            "casustafel");
    static final JwtMutator CASUSTAFEL_KENNEMERLAND = TestJwts.user("casustafel.kennemerland", "kennemerland",
            List.of(), "casustafel");

    @Autowired
    ReactiveMongoTemplate mongo;

    static Map<String, Object> signal(String urgency, boolean minorVictim) {
        Map<String, Object> body = new HashMap<>(Map.of("municipalityCode", "GM0479", "forms", List.of("SEKSUEEL"),
                "sourceType", "PROFESSIONAL", "description", "Meisje van 15 wordt 's nachts opgehaald bij een woning",
                "observedAt", "2026-11-01T22:00:00Z", "reporter", Map.of("contact", "wijkteam@zaanstad.example"),
                "urgency", urgency));
        if (minorVictim) {
            body.put("persons", List.of(Map.of("role", "MOGELIJK_SLACHTOFFER", "minor", true, "yearOfBirth", 2011)));
        }
        return body;
    }

    String create(Map<String, Object> body, String key) {
        var request = api.mutateWith(MELDER).post().uri("/api/signals").contentType(MediaType.APPLICATION_JSON);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.bodyValue(body).exchange().expectStatus().is2xxSuccessful().expectBody(Map.class).returnResult()
                .getResponseBody().get("id").toString();
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> about(JwtMutator who, String signalId) {
        Map<String, Object> page = api.mutateWith(who).get().uri("/api/inbox?size=100").exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        return ((List<Map<String, Object>>) page.get("items")).stream()
                .filter(i -> signalId.equals(((Map<String, Object>) i.get("about")).get("id"))).toList();
    }

    WebTestClient.ResponseSpec transition(String id, Map<String, Object> body) {
        return api.mutateWith(AF_ZAANSTAD).post().uri("/api/signals/" + id + "/transitions")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSpoedSignalAboutAMinorIsInTheAfsAndTheTablesInboxesWhenTheIntakeAnswers() {
        String id = create(signal("SPOED", true), null);

        // no waiting: the intake answered only after the notification was stored
        List<Map<String, Object>> af = about(AF_ZAANSTAD, id);
        assertThat(af).singleElement().satisfies(n -> {
            assertThat(n).containsEntry("kind", "SPOED_SIGNAAL").containsEntry("urgency", "SPOED")
                    .containsEntry("municipalityCode", "GM0479").containsEntry("source", "signal-service")
                    .containsEntry("read", false);
            assertThat((Map<String, Object>) n.get("meldcode")).containsEntry("route", "VEILIG_THUIS")
                    .containsEntry("reason", "MINDERJARIG_SLACHTOFFER");
            // minimal: no description, no names
            assertThat(n.toString()).doesNotContain("Meisje", "wijkteam");
        });
        assertThat(about(CASUSTAFEL, id)).hasSize(1);
        assertThat(about(AF_PURMEREND, id)).isEmpty();
        assertThat(about(HANDHAVER, id)).isEmpty();
        assertThat(about(CASUSTAFEL_KENNEMERLAND, id)).isEmpty();
        assertThat(about(AF_HEEMSTEDE, id)).isEmpty();

        // the AF's view of the signal flags the meldcode route too
        api.mutateWith(AF_ZAANSTAD).get().uri("/api/signals/" + id).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.meldcode.route").isEqualTo("VEILIG_THUIS")
                .jsonPath("$.meldcode.reason").isEqualTo("MINDERJARIG_SLACHTOFFER");
    }

    @Test
    void aSignalThatIsNotSpoedNotifiesNobodyAndAnAdultVictimFlagsNoMeldcode() {
        String hoog = create(signal("HOOG", true), null);
        assertThat(about(AF_ZAANSTAD, hoog)).isEmpty();
        assertThat(about(CASUSTAFEL, hoog)).isEmpty();

        String adult = create(signal("SPOED", false), null);
        assertThat(about(AF_ZAANSTAD, adult)).singleElement().satisfies(n -> assertThat(n).doesNotContainKey("meldcode"));
        api.mutateWith(AF_ZAANSTAD).get().uri("/api/signals/" + adult).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.meldcode").doesNotExist();
    }

    @Test
    void aRetriedIntakeNotifiesOnce() {
        String key = UUID.randomUUID().toString();
        String id = create(signal("SPOED", false), key);
        assertThat(create(signal("SPOED", false), key)).isEqualTo(id);
        assertThat(mongo.count(new Query(Criteria.where("aboutId").is(id)), "notifications").block()).isEqualTo(1);
    }

    @Test
    void theUrgentPathTakesASpoedSignalStraightToTheTableWithTheAcuteActionEncrypted() {
        String id = create(signal("SPOED", true), null);
        transition(id, Map.of("to", "TER_WEGING", "reason", "Spoed-MDO")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("acuteAction");
        transition(id, Map.of("to", "TER_WEGING", "reason", "Spoed-MDO", "acuteAction",
                "Politie heeft het meisje uit de woning gehaald; zorgcoördinator regelde crisisopvang jeugd"))
                .expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("TER_WEGING")
                .jsonPath("$.history[0].from").isEqualTo("ONTVANGEN")
                .jsonPath("$.history[0].to").isEqualTo("TER_WEGING")
                .jsonPath("$.history[0].acuteAction").isEqualTo(
                        "Politie heeft het meisje uit de woning gehaald; zorgcoördinator regelde crisisopvang jeugd");

        Document stored = mongo.findOne(new Query(Criteria.where("_id").is(id)), Document.class, "signals").block();
        String acute = stored.getList("history", Document.class).get(0).getString("acuteAction");
        assertThat(acute).startsWith("enc:v1:").doesNotContain("Politie");
    }

    @Test
    void theUrgentPathIsRefusedForASignalThatIsNotSpoedNamingTheRule() {
        String id = create(signal("HOOG", false), null);
        transition(id, Map.of("to", "TER_WEGING", "reason", "Snel", "acuteAction", "Politie is langs geweest"))
                .expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.type").isEqualTo("urn:mensenhandel:problem:illegal-transition")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("urgent-path-only-for-spoed"));
        // an acute action belongs to the urgent path only
        transition(id, Map.of("to", "IN_VERRIJKING", "reason", "Verrijken", "acuteAction", "x"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("acuteAction");
        transition(id, Map.of("to", "IN_VERRIJKING", "reason", "Verrijken")).expectStatus().isOk();
    }

    /** Issue 7 §6: a signal that becomes SPOED by the AF's reclassification notifies at once, too. */
    @Test
    void aSignalReclassifiedToSpoedNotifiesWhenTheReclassificationAnswers() {
        String id = create(signal("NORMAAL", false), null);
        assertThat(about(AF_ZAANSTAD, id)).isEmpty();

        api.mutateWith(AF_ZAANSTAD).post().uri("/api/signals/" + id + "/classifications")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("urgency", "SPOED", "reason", "Politie meldt acuut gevaar")).exchange()
                .expectStatus().isOk();

        assertThat(about(AF_ZAANSTAD, id)).hasSize(1);
    }
}
