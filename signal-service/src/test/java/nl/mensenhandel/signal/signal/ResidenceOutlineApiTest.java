package nl.mensenhandel.signal.signal;

import static nl.mensenhandel.signal.DemoUsers.AF_HEEMSTEDE;
import static nl.mensenhandel.signal.DemoUsers.AF_PURMEREND;
import static nl.mensenhandel.signal.DemoUsers.AF_ZAANSTAD;
import static nl.mensenhandel.signal.DemoUsers.MELDER;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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

import nl.mensenhandel.platform.audit.AccessLogEntry;
import nl.mensenhandel.platform.config.Secrets;
import nl.mensenhandel.platform.testing.EmbeddedMongo;
import nl.mensenhandel.platform.testing.TestJwts;

/**
 * Issue 6 §5: the residence AF of another region reads an outline only, unless the exploitation AF
 * shares the full signal (logged); and the reporter's organisation comes from the token only.
 */
@SpringBootTest
@ActiveProfiles(Secrets.LOCAL_PROFILE)
class ResidenceOutlineApiTest {

    static final EmbeddedMongo MONGO = EmbeddedMongo.start();

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

    static Map<String, Object> report(String residence) {
        Map<String, Object> body = new HashMap<>();
        body.put("municipalityCode", "GM0479");
        body.put("residenceMunicipalityCode", residence);
        body.put("forms", List.of("SEKSUEEL"));
        body.put("sourceType", "PROFESSIONAL");
        body.put("reporter", Map.of("name", "Jan Melder", "contact", "wijkteam@zaanstad.example"));
        body.put("description", "Jonge vrouw uit Heemstede in wisselende hotels " + UUID.randomUUID());
        body.put("observedAt", "2026-10-01T06:30:00Z");
        body.put("location", Map.of("street", "Hotelstraat", "houseNumber", "3", "postcode", "1501 AB", "city", "Zaandam"));
        body.put("persons", List.of(Map.of("role", "MOGELIJK_SLACHTOFFER", "minor", false, "nationality", "NL")));
        body.put("indicators", List.of("Dure spullen"));
        return body;
    }

    WebTestClient.ResponseSpec post(JwtMutator who, String uri, Object body) {
        return web.mutateWith(who).post().uri(uri).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    Map<String, Object> get(JwtMutator who, String uri) {
        return web.mutateWith(who).get().uri(uri).exchange().expectStatus().isOk().expectBody(Map.class)
                .returnResult().getResponseBody();
    }

    String worked(Map<String, Object> report) {
        String id = post(MELDER, "/api/signals", report).expectStatus().isCreated().expectBody(Map.class)
                .returnResult().getResponseBody().get("id").toString();
        post(AF_ZAANSTAD, "/api/signals/" + id + "/transitions", Map.of("to", "IN_VERRIJKING", "reason", "Bellen met wijkteam"))
                .expectStatus().isOk();
        post(AF_ZAANSTAD, "/api/signals/" + id + "/enrichments", Map.of("source", "BRP",
                "summary", "Ingeschreven op adres in Heemstede", "legalBasis", "Wet BRP")).expectStatus().isCreated();
        return id;
    }

    @Test
    void theResidenceAfOfAnotherRegionReadsAnOutlineOnly() {
        String id = worked(report("GM0397"));

        Map<String, Object> outline = get(AF_HEEMSTEDE, "/api/signals/" + id);

        assertThat(outline).containsEntry("outlineOnly", true).containsEntry("informedAsResidence", true)
                .containsEntry("municipalityCode", "GM0479").containsEntry("residenceMunicipalityCode", "GM0397")
                .containsEntry("status", "IN_VERRIJKING").containsEntry("forms", List.of("SEKSUEEL"))
                .containsKeys("observedAt", "createdAt", "updatedAt");
        assertThat(outline).doesNotContainKeys("description", "reporter", "persons", "location", "indicators",
                "enrichments", "history", "links", "createdBy", "feedback", "forwardedTo", "residenceDisclosures");
        assertThat(outline.toString()).doesNotContain("af.zaanstad", "melder.zaanstad", "Jan Melder", "wijkteam",
                "Hotelstraat", "Heemstede in wisselende");
        // nor can the outline reader probe its address or persons through the duplicate candidates
        web.mutateWith(AF_HEEMSTEDE).get().uri("/api/signals/" + id + "/duplicate-candidates").exchange()
                .expectStatus().isForbidden();
        // the exploitation AF reads it in full
        assertThat(get(AF_ZAANSTAD, "/api/signals/" + id)).containsEntry("outlineOnly", false)
                .containsKeys("description", "reporter", "persons", "enrichments", "history");
    }

    @Test
    void theResidenceAfOfTheSameRegionStillReadsTheWholeSignal() {
        String id = worked(report("GM0439"));

        assertThat(get(AF_PURMEREND, "/api/signals/" + id)).containsEntry("outlineOnly", false)
                .containsEntry("informedAsResidence", true).containsKeys("description", "enrichments");
        // nothing to share within the region
        post(AF_ZAANSTAD, "/api/signals/" + id + "/residence-disclosures", Map.of("reason", "x"))
                .expectStatus().isEqualTo(409);
    }

    @Test
    void theExploitationAfSharesTheFullSignalWithTheResidenceAfAndThatIsLogged() {
        String id = worked(report("GM0397"));
        String disclosures = "/api/signals/" + id + "/residence-disclosures";

        post(AF_HEEMSTEDE, disclosures, Map.of("reason", "zelf")).expectStatus().isForbidden();
        post(AF_ZAANSTAD, disclosures, Map.of()).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
        post(AF_ZAANSTAD, disclosures, Map.of("reason", "Woonplaats regelt opvang")).expectStatus().isCreated()
                .expectBody().jsonPath("$.municipalityCode").isEqualTo("GM0397")
                .jsonPath("$.region").isEqualTo("kennemerland").jsonPath("$.by").isEqualTo("af.zaanstad");
        post(AF_ZAANSTAD, disclosures, Map.of("reason", "nogmaals")).expectStatus().isOk()
                .expectBody().jsonPath("$.reason").isEqualTo("Woonplaats regelt opvang");

        Map<String, Object> full = get(AF_HEEMSTEDE, "/api/signals/" + id);
        assertThat(full).containsEntry("outlineOnly", false).containsKeys("description", "reporter", "enrichments");
        assertThat((List<?>) full.get("residenceDisclosures")).hasSize(1);
        // reading still does not make them the one who works it
        post(AF_HEEMSTEDE, "/api/signals/" + id + "/transitions", Map.of("to", "TER_WEGING", "reason", "x"))
                .expectStatus().isForbidden();

        List<AccessLogEntry> disclosed = mongo.find(new Query(Criteria.where("resourceId").is(id)
                .and("action").is("DISCLOSE")), AccessLogEntry.class).collectList().block();
        assertThat(disclosed).singleElement().satisfies(e -> {
            assertThat(e.actorUsername()).isEqualTo("af.zaanstad");
            assertThat(e.purpose()).contains("GM0397");
        });
    }

    @Test
    void theReporterOrganisationComesFromTheTokenAndABodyValueIsRefused() {
        Map<String, Object> forged = report("GM0397");
        forged.put("reporter", Map.of("organisation", "Politie (vals)", "contact", "vals@example.org"));

        post(MELDER, "/api/signals", forged).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("reporter.organisation");
        assertThat(mongo.count(new Query(Criteria.where("reporter.contact").is("vals@example.org")), Signal.class)
                .block()).isZero();

        String id = worked(report("GM0397"));
        assertThat((Map<String, Object>) get(AF_ZAANSTAD, "/api/signals/" + id).get("reporter"))
                .containsEntry("organisation", "Test melder.zaanstad");
    }
}
