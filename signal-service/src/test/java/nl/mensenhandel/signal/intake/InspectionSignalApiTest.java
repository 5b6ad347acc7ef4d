package nl.mensenhandel.signal.intake;

import static nl.mensenhandel.signal.DemoUsers.AF_ZAANSTAD;
import static nl.mensenhandel.signal.DemoUsers.HANDHAVER;
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
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import nl.mensenhandel.platform.testing.ApiTestSupport;
import nl.mensenhandel.platform.testing.TestJwts;

/**
 * receiveInspectionSignal (issue 10): enforcement-service's account delivers a finding; it becomes ONE signal per
 * command id, INTEGRALE_CONTROLE, with the municipality's AF, reported by the handhaver (in their reported-by-me),
 * its description made of the finding and encrypted at rest; a minor present flags the meldcode route.
 */
@TestPropertySource(properties = "platform.outbox.enabled=false")
class InspectionSignalApiTest extends ApiTestSupport {

    static final JwtMutator ENFORCEMENT = TestJwts.serviceAccount("enforcement-service");
    static final JwtMutator TRIAGE = TestJwts.serviceAccount("triage-service");
    /** The subject TestJwts gives handhaver.zaanstad. */
    static final String HANDHAVER_SUBJECT = UUID.nameUUIDFromBytes("handhaver.zaanstad".getBytes()).toString();

    @Autowired
    ReactiveMongoTemplate mongo;

    static Map<String, Object> finding(String region, String municipality, int minors) {
        Map<String, Object> body = new HashMap<>(Map.of("region", region, "municipalityCode", municipality,
                "inspectionId", UUID.randomUUID().toString(), "findingId", UUID.randomUUID().toString(),
                "inspectionType", "HUISVESTING", "observedAt", "2026-11-01T21:30:00Z", "forms", List.of("ARBEID"),
                "indicators", List.of("SLAAPT_OP_WERKPLEK", "GEEN_EIGEN_PASPOORT"),
                "reporter", Map.of("subject", HANDHAVER_SUBJECT, "username", "handhaver.zaanstad",
                        "organisation", "Test handhaver.zaanstad", "email", "handhaving@zaanstad.example")));
        body.put("personsPresent", 14);
        body.put("minorsPresent", minors);
        body.put("overbewoning", true);
        body.put("observations", "Matrassen in de kantine, deur van buiten op slot");
        return body;
    }

    WebTestClient.ResponseSpec send(JwtMutator who, Object body, String key) {
        var spec = api.mutateWith(who).post().uri("/api/signals/from-inspections")
                .contentType(MediaType.APPLICATION_JSON);
        return (key == null ? spec : spec.header("Idempotency-Key", key)).bodyValue(body).exchange();
    }

    Document stored(String id) {
        return mongo.findOne(new Query(Criteria.where("_id").is(id)), Document.class, "signals").block();
    }

    long handhaverSignals() {
        return mongo.findAll(Document.class, "signals").filter(d -> d.getString("createdBySubject") != null
                && HANDHAVER_SUBJECT.equals(d.getString("createdBySubject"))).count().block();
    }

    @Test
    void aFindingBecomesOneSignalWithTheAfReportedByTheHandhaverARepeatAnswersTheFirst() {
        Map<String, Object> body = finding("zaanstreek-waterland", "GM0479", 0);
        String key = "inspection-signal:" + body.get("findingId");
        Map<?, ?> first = send(ENFORCEMENT, body, key).expectStatus().isCreated().expectBody(Map.class)
                .returnResult().getResponseBody();
        String id = first.get("id").toString();
        assertThat(first.get("region")).isEqualTo("zaanstreek-waterland");
        long before = handhaverSignals();

        // the outbox delivers it again after a lost answer: 200 with the same signal, nothing new
        send(ENFORCEMENT, body, key).expectStatus().isOk().expectBody().jsonPath("$.id").isEqualTo(id);
        assertThat(handhaverSignals()).isEqualTo(before);

        Document raw = stored(id);
        assertThat(raw.getString("sourceType")).isEqualTo("INTEGRALE_CONTROLE");
        assertThat(raw.getString("createdBySubject")).isEqualTo(HANDHAVER_SUBJECT);
        assertThat(raw.getString("description")).startsWith("enc:v1:");
        assertThat(raw.toJson()).doesNotContain("Matrassen");

        // the municipality's AF reads it like any signal, the description made of the finding
        Map<?, ?> read = api.mutateWith(AF_ZAANSTAD).get().uri("/api/signals/" + id).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(read.get("status")).isEqualTo("ONTVANGEN");
        assertThat(read.get("description").toString()).contains("HUISVESTING").contains("SLAAPT_OP_WERKPLEK")
                .contains("14 personen, waarvan 0 minderjarig").contains("Overbewoning geconstateerd")
                .contains("Matrassen in de kantine");

        // the handhaver follows it among their own reports
        assertThat(api.mutateWith(HANDHAVER).get().uri("/api/signals/reported-by-me?size=100").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody()).contains(id);
    }

    @Test
    void aMinorPresentFlagsTheMeldcodeRouteLikeAMinorVictimAtIntake() {
        Map<String, Object> body = finding("zaanstreek-waterland", "GM0479", 2);
        String id = send(ENFORCEMENT, body, "minor:" + body.get("findingId")).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
        api.mutateWith(AF_ZAANSTAD).get().uri("/api/signals/" + id).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.meldcode.route").isEqualTo("VEILIG_THUIS");
    }

    @Test
    void onlyTheListedServiceAccountsDeliverAndTheKeyIsRequired() {
        Map<String, Object> body = finding("zaanstreek-waterland", "GM0479", 0);
        send(HANDHAVER, body, "k-user-" + body.get("findingId")).expectStatus().isForbidden();
        send(AF_ZAANSTAD, body, "k-af-" + body.get("findingId")).expectStatus().isForbidden();
        send(TRIAGE, body, "k-triage-" + body.get("findingId")).expectStatus().isForbidden();
        send(ENFORCEMENT, body, null).expectStatus().isBadRequest();
    }

    @Test
    void theMunicipalityMustBeOfTheNamedRegion() {
        // Heemstede lies in Kennemerland, not in Zaanstreek-Waterland
        Map<String, Object> body = finding("zaanstreek-waterland", "GM0397", 0);
        send(ENFORCEMENT, body, "k-" + body.get("findingId")).expectStatus().isBadRequest();
        Map<String, Object> unknownRegion = finding("atlantis", "GM0479", 0);
        send(ENFORCEMENT, unknownRegion, "k-" + unknownRegion.get("findingId")).expectStatus().isBadRequest();
    }

    @Test
    void theSameKeyWithAnotherFindingIs409() {
        Map<String, Object> body = finding("zaanstreek-waterland", "GM0479", 0);
        String key = "k-reused-" + body.get("findingId");
        send(ENFORCEMENT, body, key).expectStatus().isCreated();
        send(ENFORCEMENT, finding("zaanstreek-waterland", "GM0479", 0), key).expectStatus().isEqualTo(409);
    }
}
