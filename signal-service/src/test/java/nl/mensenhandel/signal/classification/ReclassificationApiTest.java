package nl.mensenhandel.signal.classification;

import static nl.mensenhandel.signal.DemoUsers.AF_HEEMSTEDE;
import static nl.mensenhandel.signal.DemoUsers.AF_PURMEREND;
import static nl.mensenhandel.signal.DemoUsers.AF_ZAANSTAD;
import static nl.mensenhandel.signal.DemoUsers.HANDHAVER;
import static nl.mensenhandel.signal.DemoUsers.MELDER;
import static nl.mensenhandel.signal.SignalApiClient.report;
import static nl.mensenhandel.signal.SignalApiClient.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

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

import nl.mensenhandel.platform.config.Secrets;
import nl.mensenhandel.platform.testing.EmbeddedMongo;
import nl.mensenhandel.platform.testing.TestJwts;
import nl.mensenhandel.signal.SignalApiClient;

/** Reclassification by the AF (issue 7 capability 4), form ONBEKEND and suggested forms, against the real service. */
@SpringBootTest
@ActiveProfiles(Secrets.LOCAL_PROFILE)
@SuppressWarnings("unchecked")
class ReclassificationApiTest {

    static final EmbeddedMongo MONGO = EmbeddedMongo.start();

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", MONGO::uri);
    }

    static final JwtMutator AF_SHARED = TestJwts.user("af.oostzaan-wormerland", "zaanstreek-waterland",
            List.of("GM0431", "GM0880"), "aandachtsfunctionaris");
    static final JwtMutator BEHEER = TestJwts.user("beheer.zaanstreek", "zaanstreek-waterland", List.of(),
            "regio-beheerder");

    @Autowired
    ApplicationContext context;

    @Autowired
    ReactiveMongoTemplate mongo;

    SignalApiClient api;

    @BeforeEach
    void client() {
        api = new SignalApiClient(TestJwts.client(context));
        TestJwts.client(context).mutateWith(BEHEER).put().uri("/api/signals/categories/MONEY_MULES")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("name", "Money mules", "form", "CRIMINEEL"))
                .exchange().expectStatus().isOk();
    }

    String reclassifyUri(String id) {
        return "/api/signals/" + id + "/classifications";
    }

    @Test
    void anOnbekendSignalIsReclassifiedToArbeidWithItsReasonInTheHistory() {
        String id = api.createdId(MELDER, with(report("GM0479"), "forms", List.of("ONBEKEND")));
        assertThat((List<String>) api.getJson(AF_ZAANSTAD, "/api/signals/" + id).get("forms")).containsExactly("ONBEKEND");

        Map<String, Object> after = api.post(AF_ZAANSTAD, reclassifyUri(id),
                        Map.of("forms", List.of("ARBEID"), "reason", "BRP en werkgever: arbeidsuitbuiting"))
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat((List<String>) after.get("forms")).containsExactly("ARBEID");
        List<Map<String, Object>> history = (List<Map<String, Object>>) after.get("classificationHistory");
        assertThat(history).singleElement().satisfies(change -> {
            assertThat(change.get("field")).isEqualTo("FORMS");
            assertThat(change.get("from")).isEqualTo(List.of("ONBEKEND"));
            assertThat(change.get("to")).isEqualTo(List.of("ARBEID"));
            assertThat(change.get("reason")).isEqualTo("BRP en werkgever: arbeidsuitbuiting");
            assertThat(change.get("by")).isEqualTo("af.zaanstad");
            assertThat(change.get("at")).isNotNull();
        });
        assertThat((List<Map<String, Object>>) api.getJson(AF_ZAANSTAD, "/api/signals?form=ONBEKEND&size=100")
                .get("items")).extracting(i -> i.get("id")).doesNotContain(id);

        // the reason is free text: encrypted at rest like the other free text (SignalEncryption)
        Document stored = mongo.findOne(new Query(Criteria.where("_id").is(id)), Document.class, "signals").block();
        String storedReason = stored.getList("classificationHistory", Document.class).get(0).getString("reason");
        assertThat(storedReason).startsWith("enc:").doesNotContain("arbeidsuitbuiting");
    }

    @Test
    void ruleFormOnbekendAloneHoldsAtIntakeAndAtReclassification() {
        api.post(MELDER, "/api/signals", with(report("GM0479"), "forms", List.of("ONBEKEND", "ARBEID")))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("forms")
                .jsonPath("$.detail").value(d -> assertThat((String) d).contains("form-onbekend-alone"));
        String id = api.createdId(MELDER, report("GM0479"));
        api.post(AF_ZAANSTAD, reclassifyUri(id), Map.of("forms", List.of("ONBEKEND", "SEKSUEEL"), "reason", "x"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("forms");
    }

    @Test
    void aCategorySuggestsItsFormUntilTheAfDecidesTheForms() {
        String id = api.createdId(MELDER, with(report("GM0479"), "forms", List.of("ONBEKEND"),
                "categories", List.of("MONEY_MULES")));
        Map<String, Object> signal = api.getJson(AF_ZAANSTAD, "/api/signals/" + id);
        assertThat((List<String>) signal.get("forms")).containsExactly("ONBEKEND");
        assertThat((List<String>) signal.get("suggestedForms")).containsExactly("CRIMINEEL");
        // the work list's form filter finds a suggested form before it is confirmed (contract: listSignals)
        assertThat((List<Map<String, Object>>) api.getJson(AF_ZAANSTAD, "/api/signals?form=CRIMINEEL&size=100")
                .get("items")).filteredOn(i -> i.get("id").equals(id)).singleElement()
                .satisfies(i -> assertThat(i.get("suggestedForms")).isEqualTo(List.of("CRIMINEEL")));

        Map<String, Object> after = api.post(AF_ZAANSTAD, reclassifyUri(id),
                        Map.of("forms", List.of("CRIMINEEL"), "reason", "Bevestigd na verrijking"))
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat((List<String>) after.get("forms")).containsExactly("CRIMINEEL");
        assertThat((List<String>) after.get("suggestedForms")).isEmpty();
    }

    @Test
    void categoriesSectorAndUrgencyChangeEachWithTheReasonAndUrgencyResortsTheWorkList() {
        String id = api.createdId(MELDER, report("GM0479"));
        Map<String, Object> after = api.post(AF_ZAANSTAD, reclassifyUri(id), Map.of("categories", List.of("MONEY_MULES"),
                        "urgency", "SPOED", "forms", List.of("ARBEID"), "reason", "Politie: minderjarige koerier"))
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        // the forms stay ARBEID against what the new category suggests: recorded as the AF's decision
        assertThat((List<Map<String, Object>>) after.get("classificationHistory")).extracting(c -> c.get("field"))
                .containsExactlyInAnyOrder("FORMS", "CATEGORIES", "URGENCY");
        assertThat(after.get("urgency")).isEqualTo("SPOED");
        assertThat((List<String>) after.get("suggestedForms")).isEmpty(); // the AF set the forms with it
        Document stored = mongo.findOne(new Query(Criteria.where("_id").is(id)), Document.class, "signals").block();
        assertThat(stored.getInteger("urgencyRank")).isEqualTo(2);
        assertThat(api.getJson(AF_ZAANSTAD, "/api/signals?size=1").get("items")).asList()
                .extracting(i -> ((Map<String, Object>) i).get("urgency")).containsExactly("SPOED");

        // the same values again change nothing and record nothing
        Map<String, Object> again = api.post(AF_ZAANSTAD, reclassifyUri(id), Map.of("urgency", "SPOED", "reason", "x"))
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat((List<?>) again.get("classificationHistory")).hasSize(3);
        // [] removes the categories, absent leaves them
        Map<String, Object> cleared = api.post(AF_ZAANSTAD, reclassifyUri(id),
                Map.of("categories", List.of(), "reason", "Toch geen money mule")).expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat((List<?>) cleared.get("categories")).isEmpty();

        api.post(AF_ZAANSTAD, reclassifyUri(id), Map.of("categories", List.of("ONBESTAAND"), "reason", "x"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("categories");
        api.post(AF_ZAANSTAD, reclassifyUri(id), Map.of("urgency", "HOOG")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
    }

    @Test
    void ruleMunicipalityChangeWithinOwnAfElseItIsAHandOver() {
        String id = api.createdId(MELDER, with(report("GM0431"), "residenceMunicipalityCode", "GM0479"));
        Map<String, Object> moved = api.post(AF_SHARED, reclassifyUri(id),
                        Map.of("municipalityCode", "GM0880", "reason", "Het werk is in Wormerland"))
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(moved.get("municipalityCode")).isEqualTo("GM0880");
        Document stored = mongo.findOne(new Query(Criteria.where("_id").is(id)), Document.class, "signals").block();
        assertThat(stored.getList("visibleTo", String.class)).containsExactly("GM0880", "GM0479");
        // the residence AF still reads it, but never works it
        api.get(AF_ZAANSTAD, "/api/signals/" + id).expectStatus().isOk();

        String zaanstad = api.createdId(MELDER, report("GM0479"));
        api.post(AF_ZAANSTAD, reclassifyUri(zaanstad), Map.of("municipalityCode", "GM0439", "reason", "Purmerend"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("municipalityCode")
                .jsonPath("$.detail").value(d -> assertThat((String) d).contains("municipality-change-within-own-af"));
        assertThat(api.getJson(AF_ZAANSTAD, "/api/signals/" + zaanstad).get("municipalityCode")).isEqualTo("GM0479");
    }

    @Test
    void ruleReclassifyOpenSignalAndWhoMay() {
        String id = api.createdId(MELDER, report("GM0479"));
        Map<String, Object> change = Map.of("urgency", "HOOG", "reason", "x");
        api.post(HANDHAVER, reclassifyUri(id), change).expectStatus().isForbidden();
        api.post(MELDER, reclassifyUri(id), change).expectStatus().isForbidden();
        api.post(AF_HEEMSTEDE, reclassifyUri(id), change).expectStatus().isNotFound();
        api.post(AF_PURMEREND, reclassifyUri(id), change).expectStatus().isNotFound();

        api.post(AF_ZAANSTAD, "/api/signals/" + id + "/transitions", Map.of("to", "AFGESLOTEN", "reason", "x",
                "closingReason", "NIET_MENSENHANDEL", "feedback", "Geen mensenhandel")).expectStatus().isOk();
        api.post(AF_ZAANSTAD, reclassifyUri(id), change).expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.detail").value(d -> assertThat((String) d).contains("reclassify-open-signal"));
    }

    @Test
    void aCategoryMapsOntoAKnownFormNeverOnbekend() {
        TestJwts.client(context).mutateWith(BEHEER).put().uri("/api/signals/categories/ONZEKER")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("name", "Onzeker", "form", "ONBEKEND"))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("form")
                .jsonPath("$.detail").value(d -> assertThat((String) d).contains("category-maps-onto-known-form"));
    }
}
