package nl.mensenhandel.enforcement.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.test.web.reactive.server.WebTestClient;

import nl.mensenhandel.enforcement.commands.EnforcementCommands;
import nl.mensenhandel.platform.testing.ApiTestSupport;
import nl.mensenhandel.platform.testing.TestJwts;

/**
 * The measures' operations end to end in the service: lifecycle by the table, the legal limits as 422 naming the
 * rule, remedies beside the procedure (Awb 6:16), a granted voorlopige voorziening suspends, a GEGROND bezwaar ends,
 * spoedeisende bestuursdwang with its written decision, emergency housing through the outbox, need to know.
 */
class MeasuresApiTest extends ApiTestSupport {

    static final String PATH = "/api/enforcement/measures";
    static final JwtMutator ZAANSTAD = TestJwts.user("handhaver.zaanstad", "zaanstreek-waterland", List.of("GM0479"),
            "handhaver");
    static final JwtMutator PURMEREND = TestJwts.user("handhaver.purmerend", "zaanstreek-waterland",
            List.of("GM0439"), "handhaver");
    static final JwtMutator REGISSEUR = TestJwts.user("regisseur.zw", "zaanstreek-waterland", List.of(),
            "beleidsregisseur");
    static final JwtMutator HEEMSTEDE = TestJwts.user("handhaver.heemstede", "kennemerland", List.of("GM0397"),
            "handhaver");

    @Autowired
    ReactiveMongoTemplate mongo;
    @Autowired
    WritingOverdueJob job;

    @BeforeEach
    void clean() {
        mongo.remove(new Query(), Measure.class).block();
    }

    static Map<String, Object> measure(String instrument, String authority, boolean spoed) {
        Map<String, Object> body = new HashMap<>();
        body.put("instrumentCode", instrument);
        body.put("municipalityCode", "GM0479");
        body.put("competentAuthority", authority);
        body.put("proposedOn", LocalDate.now().toString());
        body.put("address", Map.of("street", "Vispoortplein", "houseNumber", "3", "postcode", "1500 AA", "city",
                "Zaandam"));
        body.put("spoedeisend", spoed);
        body.put("grounds", "Zesenvijftig slaapplaatsen in twee woningen");
        return body;
    }

    WebTestClient.ResponseSpec propose(JwtMutator who, Map<String, Object> body) {
        return api.mutateWith(who).post().uri(PATH).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    WebTestClient.ResponseSpec step(String id, String to, long version) {
        return api.mutateWith(ZAANSTAD).post().uri(PATH + "/" + id + "/transitions")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("to", to, "date", LocalDate.now().toString(), "version", version)).exchange();
    }

    String idOf(WebTestClient.ResponseSpec response) {
        return response.expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id")
                .toString();
    }

    @Test
    void aMeasureGoesThroughTheTableAndIllegalStepsAre409() {
        Map<String, Object> body = measure("VERBLIJFSONTZEGGING", "BURGEMEESTER", false);
        body.put("durationWeeks", 8);
        String id = idOf(propose(ZAANSTAD, body));
        Document raw = mongo.findOne(new Query(), Document.class, "measures").block();
        assertThat(raw.toJson()).doesNotContain("Vispoortplein").doesNotContain("slaapplaatsen");
        step(id, "UITVOERING", 0).expectStatus().isEqualTo(409).expectBody().jsonPath("$.type")
                .isEqualTo("urn:mensenhandel:problem:illegal-transition");
        step(id, "ZIENSWIJZE", 0).expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("ZIENSWIJZE");
        step(id, "BESLUIT", 0).expectStatus().isEqualTo(409).expectBody().jsonPath("$.type")
                .isEqualTo("urn:mensenhandel:problem:conflict");
        step(id, "BESLUIT", 1).expectStatus().isOk();
        step(id, "UITVOERING", 2).expectStatus().isOk().expectBody().jsonPath("$.history.length()").isEqualTo(4)
                .jsonPath("$.address.street").isEqualTo("Vispoortplein")
                .jsonPath("$.legalBasis").isEqualTo("APV art. 2:78");
    }

    @Test
    void theLegalLimitsAnswer422NamingTheRule() {
        Map<String, Object> tooLong = measure("VERBLIJFSONTZEGGING", "BURGEMEESTER", false);
        tooLong.put("durationWeeks", 13);
        propose(ZAANSTAD, tooLong).expectStatus().isEqualTo(422).expectBody().jsonPath("$.detail").value(detail ->
                assertThat(detail.toString()).contains("verblijfsontzegging-max-12-weeks"));
        Map<String, Object> wrongAuthority = measure("VERBLIJFSONTZEGGING", "COLLEGE", false);
        wrongAuthority.put("durationWeeks", 4);
        propose(ZAANSTAD, wrongAuthority).expectStatus().isEqualTo(422).expectBody().jsonPath("$.detail")
                .value(detail -> assertThat(detail.toString()).contains("competent-authority-of-instrument"));
        Map<String, Object> closure = measure("SLUITING_WONINGWET_17", "BURGEMEESTER", false);
        closure.put("threats", List.of("VEILIGHEID"));
        propose(ZAANSTAD, closure).expectStatus().isEqualTo(422).expectBody().jsonPath("$.detail").value(detail ->
                assertThat(detail.toString()).contains("woningwet-17-needs-repeated-breach-and-threat"));
    }

    /** Woningwet 17 after an earlier decided overbewoning measure at the same premises (other spelling). */
    @Test
    void woningwet17AfterAnEarlierBreachAtTheSamePremises() {
        Map<String, Object> earlier = measure("OVERBEWONING_LAST", "COLLEGE", false);
        earlier.put("dwangsom", Map.of("begunstigingstermijnDays", 14, "amountPerUnitEuro", 500, "unit", "PER_WEEK",
                "maximumEuro", 10000));
        String id = idOf(propose(ZAANSTAD, earlier));
        step(id, "BESLUIT", 0).expectStatus().isOk();
        Map<String, Object> closure = measure("SLUITING_WONINGWET_17", "BURGEMEESTER", false);
        closure.put("address", Map.of("street", "VISPOORTPLEIN", "houseNumber", "3", "postcode", "1500AA", "city",
                "Zaandam"));
        closure.put("threats", List.of("GEZONDHEID"));
        propose(ZAANSTAD, closure).expectStatus().isCreated();
    }

    @Test
    void remediesRunBesideAGrantedVoorlopigeVoorzieningSuspendsAGegrondBezwaarEnds() {
        Map<String, Object> body = measure("VERBLIJFSONTZEGGING", "BURGEMEESTER", false);
        body.put("durationWeeks", 8);
        String id = idOf(propose(ZAANSTAD, body));
        api.mutateWith(ZAANSTAD).post().uri(PATH + "/" + id + "/remedies").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("kind", "BEZWAAR", "filedOn", LocalDate.now().toString())).exchange()
                .expectStatus().isEqualTo(409);
        step(id, "BESLUIT", 0).expectStatus().isOk();
        api.mutateWith(ZAANSTAD).post().uri(PATH + "/" + id + "/remedies").contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", "bezwaar-1")
                .bodyValue(Map.of("kind", "BEZWAAR", "filedOn", LocalDate.now().toString())).exchange()
                .expectStatus().isCreated().expectBody().jsonPath("$.status").isEqualTo("BESLUIT");
        Map<?, ?> vv = api.mutateWith(ZAANSTAD).post().uri(PATH + "/" + id + "/remedies")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("kind", "VOORLOPIGE_VOORZIENING", "filedOn", LocalDate.now().toString()))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        List<?> remedies = (List<?>) vv.get("remedies");
        assertThat(remedies).hasSize(2);
        String bezwaarId = ((Map<?, ?>) remedies.get(0)).get("id").toString();
        String vvId = ((Map<?, ?>) remedies.get(1)).get("id").toString();
        decide(id, vvId, "TOEGEWEZEN").expectStatus().isOk().expectBody().jsonPath("$.executionSuspended")
                .isEqualTo(true);
        step(id, "UITVOERING", 4).expectStatus().isEqualTo(422).expectBody().jsonPath("$.detail").value(detail ->
                assertThat(detail.toString()).contains("suspended-by-voorlopige-voorziening"));
        decide(id, bezwaarId, "TOEGEWEZEN").expectStatus().isEqualTo(422);
        decide(id, bezwaarId, "GEGROND").expectStatus().isOk().expectBody().jsonPath("$.status")
                .isEqualTo("BEEINDIGD").jsonPath("$.history[2].reason").value(r ->
                        assertThat(r.toString()).contains("BEZWAAR gegrond"));
    }

    WebTestClient.ResponseSpec decide(String id, String remedyId, String outcome) {
        return api.mutateWith(ZAANSTAD).post().uri(PATH + "/" + id + "/remedies/" + remedyId + "/decision")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("outcome", outcome, "decidedOn", LocalDate.now().toString())).exchange();
    }

    @Test
    void spoedeisendStartsInUitvoeringWithEmergencyHousingAndIsFlaggedWhenNotWrittenInTime() {
        Map<String, Object> body = measure("BESTUURSDWANG_WONING", "COLLEGE", true);
        body.put("proposedOn", LocalDate.now().minusDays(5).toString());
        body.put("displacedPersons", Map.of("adults", 4, "minors", 2, "shelterNeededFrom", "2026-11-20T18:00:00Z"));
        String id = idOf(propose(ZAANSTAD, body));
        Document raw = mongo.findOne(new Query(), Document.class, "measures").block();
        assertThat(raw.getString("status")).isEqualTo("UITVOERING");
        assertThat(raw.getString("careRequest")).isEqualTo("TE_VERZENDEN");
        assertThat(raw.getList("outbox", Document.class)).extracting(d -> d.getString("id"))
                .containsExactly(EnforcementCommands.emergencyHousingId(id));
        assertThat(job.runNow().block()).isEqualTo(1);
        assertThat(job.runNow().block()).isZero();
        raw = mongo.findOne(new Query(), Document.class, "measures").block();
        assertThat(raw.getList("outbox", Document.class)).extracting(d -> d.getString("id"))
                .contains(MeasureNotifications.entryId(id, MeasureNotifications.WRITING_OVERDUE));
        api.mutateWith(REGISSEUR).get().uri(PATH + "?writingOverdue=true").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items.length()").isEqualTo(1);
        api.mutateWith(ZAANSTAD).post().uri(PATH + "/" + id + "/written-decision")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("writtenOn", LocalDate.now().toString(), "decisionReference", "BD-1")).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.writingOverdue").isEqualTo(false);
        api.mutateWith(ZAANSTAD).post().uri(PATH + "/" + id + "/written-decision")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("writtenOn", LocalDate.now().toString(), "decisionReference", "BD-1")).exchange()
                .expectStatus().isEqualTo(409);
    }

    /** Not urgent: the care request goes out when the measure is carried out, once. */
    @Test
    void displacedPersonsOfANonUrgentMeasureGoToCareAtUitvoering() {
        Map<String, Object> body = measure("BESTUURSDWANG_WONING", "COLLEGE", false);
        body.put("displacedPersons", Map.of("adults", 3, "minors", 0, "shelterNeededFrom", "2026-12-01T09:00:00Z"));
        String id = idOf(propose(ZAANSTAD, body));
        Document raw = mongo.findOne(new Query(), Document.class, "measures").block();
        assertThat(raw.getList("outbox", Document.class)).isEmpty();
        assertThat(raw.get("careRequest")).isNull();
        step(id, "BESLUIT", 0).expectStatus().isOk().expectBody().jsonPath("$.careRequest").doesNotExist();
        step(id, "UITVOERING", 1).expectStatus().isOk().expectBody().jsonPath("$.careRequest")
                .isEqualTo("TE_VERZENDEN");
        raw = mongo.findOne(new Query(), Document.class, "measures").block();
        assertThat(raw.getList("outbox", Document.class)).extracting(d -> d.getString("kind"))
                .containsExactly(EnforcementCommands.EMERGENCY_HOUSING);
    }

    @Test
    void aRetriedRemedyIsRecordedOnce() {
        Map<String, Object> body = measure("VERBLIJFSONTZEGGING", "BURGEMEESTER", false);
        body.put("durationWeeks", 8);
        String id = idOf(propose(ZAANSTAD, body));
        step(id, "BESLUIT", 0).expectStatus().isOk();
        for (int attempt = 0; attempt < 2; attempt++) {
            api.mutateWith(ZAANSTAD).post().uri(PATH + "/" + id + "/remedies").contentType(MediaType.APPLICATION_JSON)
                    .header("Idempotency-Key", "beroep-1")
                    .bodyValue(Map.of("kind", "BEROEP", "filedOn", LocalDate.now().toString())).exchange()
                    .expectStatus().isEqualTo(attempt == 0 ? 201 : 200).expectBody().jsonPath("$.remedies.length()")
                    .isEqualTo(1);
        }
    }

    @Test
    void needToKnow() {
        Map<String, Object> body = measure("VERBLIJFSONTZEGGING", "BURGEMEESTER", false);
        body.put("durationWeeks", 8);
        String id = idOf(propose(ZAANSTAD, body));
        api.mutateWith(PURMEREND).get().uri(PATH + "/" + id).exchange().expectStatus().isNotFound();
        api.mutateWith(HEEMSTEDE).get().uri(PATH + "/" + id).exchange().expectStatus().isNotFound();
        api.mutateWith(REGISSEUR).get().uri(PATH + "/" + id).exchange().expectStatus().isOk();
        api.mutateWith(PURMEREND).get().uri(PATH).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(0);
        propose(PURMEREND, body).expectStatus().isForbidden();
        propose(REGISSEUR, body).expectStatus().isForbidden();
        api.mutateWith(TestJwts.user("zc", "zaanstreek-waterland", List.of(), "zorgcoordinator")).get().uri(PATH)
                .exchange().expectStatus().isForbidden();
    }
}
