package nl.mensenhandel.signal.intake;

import static nl.mensenhandel.signal.DemoUsers.AF_HEEMSTEDE;
import static nl.mensenhandel.signal.DemoUsers.AF_ZAANSTAD;
import static nl.mensenhandel.signal.DemoUsers.HANDHAVER;
import static nl.mensenhandel.signal.DemoUsers.MELDER;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import nl.mensenhandel.platform.config.Secrets;
import nl.mensenhandel.platform.testing.EmbeddedMongo;
import nl.mensenhandel.platform.testing.TestJwts;

/**
 * Issue 7 §1 and §5 at intake: every partner reports as its role allows; an AF records a signal on behalf
 * of a partner, who then follows it; persons name their residence; an unserved municipality is forwarded
 * outside, not refused.
 */
@SpringBootTest
@ActiveProfiles(Secrets.LOCAL_PROFILE)
class PartnerReportingApiTest {

    static final EmbeddedMongo MONGO = EmbeddedMongo.start();

    /** A partner organisation's melder (TestJwts gives the organisation claim "Test " + username). */
    static final JwtMutator VEILIG_THUIS = TestJwts.user("melder.veiligthuis", "zaanstreek-waterland", List.of(),
            "melder");
    static final String VEILIG_THUIS_ORGANISATION = "Test melder.veiligthuis";
    static final JwtMutator CARE_PROVIDER = TestJwts.careProvider("care-provider-querido", "zaanstreek-waterland",
            "hvo-querido", "zorgaanbieder");
    static final JwtMutator ZORGCOORDINATOR = TestJwts.user("zc.zaanstreek", "zaanstreek-waterland", List.of(),
            "zorgcoordinator");
    static final JwtMutator REGISSEUR = TestJwts.user("regisseur.zaanstreek", "zaanstreek-waterland", List.of(),
            "beleidsregisseur");

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", MONGO::uri);
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    ReactiveMongoTemplate mongo;

    WebTestClient web;

    @BeforeEach
    void client() {
        web = TestJwts.client(context);
    }

    static Map<String, Object> report(String municipality, String sourceType, String description) {
        Map<String, Object> body = new HashMap<>();
        body.put("municipalityCode", municipality);
        body.put("forms", List.of("ARBEID"));
        body.put("sourceType", sourceType);
        body.put("reporter", Map.of("contact", "functioneel@partner.example"));
        body.put("description", description);
        body.put("observedAt", "2026-10-01T06:30:00Z");
        return body;
    }

    WebTestClient.ResponseSpec post(JwtMutator who, Object body) {
        return web.mutateWith(who).post().uri("/api/signals").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> ok(WebTestClient.ResponseSpec response) {
        return response.expectStatus().is2xxSuccessful().expectBody(Map.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> reportedByMe(JwtMutator who) {
        return (List<Map<String, Object>>) ok(web.mutateWith(who).get().uri("/api/signals/reported-by-me?size=100")
                .exchange()).get("items");
    }

    @Test
    void everyPartnerReportsWithASourceTypeThatFitsTheirRole() {
        ok(post(HANDHAVER, report("GM0479", "INTEGRALE_CONTROLE", "Controle " + UUID.randomUUID())));
        ok(post(ZORGCOORDINATOR, report("GM0479", "KETENPARTNER", "Zorgcoordinatie " + UUID.randomUUID())));
        String byProvider = ok(post(CARE_PROVIDER, report("GM0479", "KETENPARTNER", "Opvang " + UUID.randomUUID())))
                .get("id").toString();
        // the provider's organisation comes from its token, and it follows its report
        assertThat(reportedByMe(CARE_PROVIDER)).anySatisfy(s -> assertThat(s).containsEntry("id", byProvider));
        assertThat(ok(web.mutateWith(AF_ZAANSTAD).get().uri("/api/signals/" + byProvider).exchange())
                .get("reporter").toString()).contains("hvo-querido");

        post(HANDHAVER, report("GM0479", "MMA", "x")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("sourceType");
        post(REGISSEUR, report("GM0479", "PROFESSIONAL", "x")).expectStatus().isForbidden();
    }

    @Test
    void anAfRecordsASignalOnBehalfOfAPartnerWhoThenFollowsItAndGetsTheFeedback() {
        String description = "Telefonisch gemeld door Veilig Thuis " + UUID.randomUUID();
        Map<String, Object> body = report("GM0479", "KETENPARTNER", description);
        body.remove("reporter");
        body.put("onBehalfOf", Map.of("receivedVia", "TELEFOON", "organisation", VEILIG_THUIS_ORGANISATION,
                "contactPerson", "Petra de Vries", "contact", "meldpunt@vtzw.example"));

        // only the AF records on behalf of a partner; for anyone else the organisation comes from the token only
        post(MELDER, body).expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("onBehalfOf");
        Map<String, Object> withReporter = new HashMap<>(body);
        withReporter.put("reporter", Map.of("contact", "af@zaanstad.example"));
        post(AF_ZAANSTAD, withReporter).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("reporter");

        String id = ok(post(AF_ZAANSTAD, body)).get("id").toString();
        Document stored = mongo.findOne(new Query(Criteria.where("_id").is(id)), Document.class, "signals").block();
        assertThat(stored.get("onBehalfOf", Document.class).getString("contact")).startsWith("enc:v1:");
        assertThat(stored.get("onBehalfOf", Document.class).getString("contactPerson")).startsWith("enc:v1:");
        assertThat(stored.get("onBehalfOf", Document.class).getString("organisation")).isEqualTo(VEILIG_THUIS_ORGANISATION);
        assertThat(ok(web.mutateWith(AF_ZAANSTAD).get().uri("/api/signals/" + id).exchange()).get("onBehalfOf")
                .toString()).contains("meldpunt@vtzw.example", "TELEFOON");

        post(AF_ZAANSTAD, "/api/signals/" + id + "/transitions", Map.of("to", "AFGESLOTEN", "reason", "Reguliere hulp",
                "closingReason", "REGULIERE_HULP", "feedback", "Doorgezet naar het wijkteam."));
        // the partner sees status and feedback — nothing else
        assertThat(reportedByMe(VEILIG_THUIS)).anySatisfy(s -> {
            assertThat(s).containsEntry("id", id).containsEntry("onBehalfOfMyOrganisation", true)
                    .containsEntry("status", "AFGESLOTEN").containsEntry("feedback", "Doorgezet naar het wijkteam.");
            // no description, no contact person; the feedback was mailed to the partner's own contact (not the AF)
            assertThat(s.toString()).doesNotContain(description, "Petra");
            assertThat(s.get("feedbackHistory").toString()).contains("sentTo=meldpunt@vtzw.example", "EMAIL");
        });
        // another organisation does not
        assertThat(reportedByMe(MELDER)).noneSatisfy(s -> assertThat(s).containsEntry("id", id));
    }

    WebTestClient.ResponseSpec post(JwtMutator who, String uri, Object body) {
        return web.mutateWith(who).post().uri(uri).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    @Test
    void eachPersonsResidenceAfIsInformedOutlineOnlyInAnotherRegion() {
        Map<String, Object> body = report("GM0479", "PROFESSIONAL", "Twee slachtoffers " + UUID.randomUUID());
        body.put("persons", List.of(Map.of("role", "MOGELIJK_SLACHTOFFER", "residenceMunicipalityCode", "GM0397"),
                Map.of("role", "MOGELIJK_SLACHTOFFER")));
        String id = ok(post(MELDER, body)).get("id").toString();

        Map<String, Object> outline = ok(web.mutateWith(AF_HEEMSTEDE).get().uri("/api/signals/" + id).exchange());
        assertThat(outline).containsEntry("outlineOnly", true).containsEntry("informedAsResidence", true)
                .doesNotContainKeys("description", "persons");
        assertThat(ok(web.mutateWith(AF_ZAANSTAD).get().uri("/api/signals/" + id).exchange()).get("persons").toString())
                .contains("GM0397");

        Map<String, Object> unknown = report("GM0479", "PROFESSIONAL", "x");
        unknown.put("persons", List.of(Map.of("role", "GETUIGE", "residenceMunicipalityCode", "GM9999")));
        post(MELDER, unknown).expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field")
                .isEqualTo("persons[0].residenceMunicipalityCode");
    }

    @Test
    void aSignalAboutAnUnservedMunicipalityIsForwardedOutsideNotRefused() {
        String id = ok(post(HANDHAVER, report("GM0363", "PROFESSIONAL", "Amsterdam " + UUID.randomUUID())))
                .get("id").toString();
        assertThat(reportedByMe(HANDHAVER)).anySatisfy(s -> {
            assertThat(s).containsEntry("id", id).containsEntry("region", "zaanstreek-waterland")
                    .containsEntry("municipalityCode", "GM0363");
            assertThat(s.get("forwardedOutside").toString()).contains("GM0363");
            assertThat(s.get("feedback").toString()).contains("niet aangesloten");
        });
        // no AF of the platform receives it
        web.mutateWith(AF_ZAANSTAD).get().uri("/api/signals/" + id).exchange().expectStatus().isNotFound();
        // not a gemeentecode at all: refused, naming the field
        post(HANDHAVER, report("AMS01", "PROFESSIONAL", "x")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("municipalityCode");
        // the public intake has no region to keep it in: refused as before
        web.post().uri("/api/public/anonymous-signals").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("municipalityCode", "GM0363", "description", "x", "observedAt", "2026-10-01T06:30:00Z"))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("municipalityCode");
    }
}
