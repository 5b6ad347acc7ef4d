package nl.mensenhandel.triage.tables;

import static nl.mensenhandel.platform.testing.ProblemAssertions.forbidden;
import static nl.mensenhandel.platform.testing.ProblemAssertions.unauthenticated;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.test.web.reactive.server.WebTestClient;

import nl.mensenhandel.platform.testing.ApiTestSupport;
import nl.mensenhandel.platform.testing.TestJwts;

/**
 * GET/PUT /api/triage/configuration: each region's own way of weighing (issue 8 §1). Defaults until the
 * regio-beheerder stores one, the rules of a configuration by name, who may read and put, and the region taken
 * from the token only.
 */
class ConfigurationApiTest extends ApiTestSupport {

    static final String PATH = "/api/triage/configuration";
    static final String UNPROCESSABLE = "urn:mensenhandel:problem:unprocessable";
    static final String VALIDATION = "urn:mensenhandel:problem:validation";

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    TriageConfigurations configurations;

    @BeforeEach
    void setUp() {
        mongo.remove(new Query(), "triage_configurations").block();
    }

    @Test
    void aRegionThatStoredNoneAnswersItsDefaults() {
        get(user("kennemerland", "aandachtsfunctionaris", "GM0397"))
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.region").isEqualTo("kennemerland")
                .jsonPath("$.source").isEqualTo("DEFAULT")
                .jsonPath("$.steps[0]").isEqualTo("signalenoverleg-heemstede")
                .jsonPath("$.steps[1]").isEqualTo("loo-heemstede")
                .jsonPath("$.tables[1].participants[2].covenant").isEqualTo("RIEC_CONVENANT")
                .jsonPath("$.afDecidesWithoutTable").isEqualTo(false)
                .jsonPath("$.escalateAfterDays").isEqualTo(14);
    }

    @Test
    void theRolesOfTheContractReadTheConfigurationOthersAre403() {
        for (String role : List.of("regio-beheerder", "casustafel", "aandachtsfunctionaris", "beleidsregisseur")) {
            get(user("ijsselland", role, "GM0193")).expectStatus().isOk()
                    .expectBody().jsonPath("$.region").isEqualTo("ijsselland");
        }
        for (String role : List.of("melder", "zorgcoordinator", "handhaver", "monitor-lezer", "privacy-officer")) {
            forbidden(get(user("ijsselland", role, "GM0193")));
        }
        unauthenticated(http.get().uri(PATH).exchange());
    }

    @Test
    void ruleOnlyTheRegioBeheerderPutsTheConfiguration() {
        for (String role : List.of("casustafel", "aandachtsfunctionaris", "beleidsregisseur", "melder")) {
            forbidden(put(user("ijsselland", role, "GM0193"), ijsselland()))
                    .jsonPath("$.detail").value(detail -> assertThat((String) detail)
                            .contains("triage-configuration-by-regio-beheerder"));
        }
        unauthenticated(http.put().uri(PATH).contentType(MediaType.APPLICATION_JSON).bodyValue(ijsselland())
                .exchange());
        assertThat(mongo.count(new Query(), "triage_configurations").block()).isZero();
    }

    @Test
    void whatTheRegioBeheerderPutsIsWhatTheRegionReadsAndUses() {
        put(beheer("ijsselland"), ijsselland())
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.source").isEqualTo("STORED")
                .jsonPath("$.region").isEqualTo("ijsselland")
                .jsonPath("$.updatedAt").isNotEmpty();

        get(user("ijsselland", "casustafel"))
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.source").isEqualTo("STORED")
                .jsonPath("$.tables.length()").isEqualTo(2)
                .jsonPath("$.tables[0].id").isEqualTo("weeg-en-monitortafel-ijsselland")
                .jsonPath("$.tables[0].level").isEqualTo("REGIONAAL")
                .jsonPath("$.tables[0].cadence").isEqualTo("tweewekelijks")
                .jsonPath("$.tables[0].participants[1].organisation").isEqualTo("RIEC Oost-Nederland")
                .jsonPath("$.tables[0].participants[1].function").isEqualTo("RIEC")
                .jsonPath("$.tables[0].participants[1].covenant").isEqualTo("RIEC_CONVENANT")
                .jsonPath("$.steps[0]").isEqualTo("weeg-en-monitortafel-ijsselland")
                .jsonPath("$.steps[1]").isEqualTo("zorgtafel-zwolle")
                .jsonPath("$.afDecidesWithoutTable").isEqualTo(true)
                .jsonPath("$.escalateAfterDays").isEqualTo(21);

        // what the other rules ask (the first step of a new casus) follows the stored configuration
        TriageConfiguration used = configurations.of("ijsselland").block();
        assertThat(used.stored()).isTrue();
        assertThat(used.firstStep()).map(TriageConfiguration.Table::id).contains("weeg-en-monitortafel-ijsselland");
        assertThat(used.stepAfter("weeg-en-monitortafel-ijsselland")).map(TriageConfiguration.Table::name)
                .contains("Zorgtafel Zwolle");
    }

    @Test
    void theRegionIsTheTokensAnotherRegionKeepsItsOwn() {
        put(beheer("ijsselland"), ijsselland()).expectStatus().isOk();

        get(user("zaanstreek-waterland", "casustafel"))
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.region").isEqualTo("zaanstreek-waterland")
                .jsonPath("$.source").isEqualTo("DEFAULT")
                .jsonPath("$.steps[0]").isEqualTo("zvh-zaanstreek-waterland");

        // a "region" in the body is no field of the contract: never used, the token's region is stored
        Map<String, Object> withRegion = new java.util.LinkedHashMap<>(ijsselland());
        withRegion.put("region", "zaanstreek-waterland");
        put(beheer("ijsselland"), withRegion).expectStatus().isOk()
                .expectBody().jsonPath("$.region").isEqualTo("ijsselland");
        assertThat(configurations.of("zaanstreek-waterland").block().stored()).isFalse();
    }

    @Test
    void aPutReplacesTheWholeConfigurationAndEscalationDefaultsTo14Days() {
        put(beheer("ijsselland"), ijsselland()).expectStatus().isOk();
        Map<String, Object> oneTable = Map.of(
                "tables", List.of(table("weeg-en-monitortafel-ijsselland", "Weeg- en monitortafel IJsselland")),
                "steps", List.of("weeg-en-monitortafel-ijsselland"),
                "afDecidesWithoutTable", false);
        put(beheer("ijsselland"), oneTable).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.tables.length()").isEqualTo(1)
                .jsonPath("$.steps.length()").isEqualTo(1)
                .jsonPath("$.escalateAfterDays").isEqualTo(14);
        assertThat(mongo.count(new Query(), "triage_configurations").block()).isEqualTo(1);
    }

    @Test
    void rotterdamsModelNoStepsAndTheAfDecides() {
        Map<String, Object> rotterdam = Map.of("tables", List.of(), "steps", List.of(), "afDecidesWithoutTable", true);
        put(beheer("rotterdam"), rotterdam).expectStatus().isOk()
                .expectBody().jsonPath("$.steps.length()").isEqualTo(0).jsonPath("$.source").isEqualTo("STORED");
        assertThat(configurations.of("rotterdam").block().firstStep()).isEmpty();
    }

    @Test
    void ruleTableIdsUnique() {
        Map<String, Object> body = Map.of(
                "tables", List.of(table("signalenoverleg-heemstede", "Signalenoverleg"),
                        table("signalenoverleg-heemstede", "Lokaal Overleg Ondermijning")),
                "steps", List.of("signalenoverleg-heemstede"), "afDecidesWithoutTable", false);
        violates(body, "table-ids-unique");
    }

    @Test
    void ruleStepsNameTables() {
        Map<String, Object> body = Map.of(
                "tables", List.of(table("signalenoverleg-heemstede", "Signalenoverleg")),
                "steps", List.of("signalenoverleg-heemstede", "loo-heemstede"), "afDecidesWithoutTable", false);
        violates(body, "steps-name-tables");
    }

    @Test
    void ruleNoTableTwiceInSteps() {
        Map<String, Object> body = Map.of(
                "tables", List.of(table("signalenoverleg-heemstede", "Signalenoverleg"),
                        table("loo-heemstede", "Lokaal Overleg Ondermijning")),
                "steps", List.of("signalenoverleg-heemstede", "loo-heemstede", "signalenoverleg-heemstede"),
                "afDecidesWithoutTable", false);
        violates(body, "no-table-twice-in-steps");
    }

    @Test
    void ruleWithoutStepsTheAfDecides() {
        Map<String, Object> body = Map.of(
                "tables", List.of(table("signalenoverleg-heemstede", "Signalenoverleg")),
                "steps", List.of(), "afDecidesWithoutTable", false);
        violates(body, "without-steps-af-decides");
    }

    @Test
    void malformedConfigurationsAnswer400() {
        List<Map<String, Object>> bad = new ArrayList<>();
        bad.add(Map.of("steps", List.of(), "afDecidesWithoutTable", true)); // tables missing
        bad.add(Map.of("tables", List.of(), "steps", List.of(), "afDecidesWithoutTable", true,
                "escalateAfterDays", 0));
        bad.add(Map.of("tables", List.of(table("Bad Id!", "x")), "steps", List.of(), "afDecidesWithoutTable", true));
        bad.add(Map.of("tables", List.of(Map.of("id", "t1", "name", "T", "level", "REGIONAAL", "participants",
                List.of())), "steps", List.of(), "afDecidesWithoutTable", true)); // a table without participants
        bad.add(Map.of("tables", List.of(Map.of("id", "t1", "name", "T", "level", "REGIONAAL", "participants",
                List.of(Map.of("organisation", "X", "covenant", "GEHEIM")))), "steps", List.of(),
                "afDecidesWithoutTable", true)); // unknown covenant
        for (Map<String, Object> body : bad) {
            put(beheer("ijsselland"), body).expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.type").isEqualTo(VALIDATION);
        }
        // null elements in the arrays
        for (String json : List.of(
                "{\"tables\":[null],\"steps\":[],\"afDecidesWithoutTable\":true}",
                "{\"tables\":[],\"steps\":[null],\"afDecidesWithoutTable\":true}")) {
            beheerClient("ijsselland").put().uri(PATH).contentType(MediaType.APPLICATION_JSON).bodyValue(json)
                    .exchange().expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.type").isEqualTo(VALIDATION);
        }
        assertThat(mongo.count(new Query(), "triage_configurations").block()).isZero();
    }

    private void violates(Map<String, Object> body, String rule) {
        put(beheer("kennemerland"), body)
                .expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo(UNPROCESSABLE)
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("rule: " + rule));
        assertThat(mongo.count(new Query(), "triage_configurations").block()).isZero();
    }

    private static Map<String, Object> ijsselland() {
        return Map.of(
                "tables", List.of(
                        Map.of("id", "weeg-en-monitortafel-ijsselland", "name", "Weeg- en monitortafel IJsselland",
                                "level", "REGIONAAL", "cadence", "tweewekelijks",
                                "participants", List.of(
                                        Map.of("organisation", "Zorg- en Veiligheidshuis IJsselland",
                                                "function", "voorzitter", "covenant", "ZVH_CONVENANT"),
                                        Map.of("organisation", "RIEC Oost-Nederland", "function", "RIEC",
                                                "covenant", "RIEC_CONVENANT"))),
                        table("zorgtafel-zwolle", "Zorgtafel Zwolle")),
                "steps", List.of("weeg-en-monitortafel-ijsselland", "zorgtafel-zwolle"),
                "afDecidesWithoutTable", true,
                "escalateAfterDays", 21);
    }

    private static Map<String, Object> table(String id, String name) {
        return Map.of("id", id, "name", name, "level", "GEMEENTELIJK", "participants",
                List.of(Map.of("organisation", "Gemeente Heemstede", "covenant", "GEEN")));
    }

    private WebTestClient.ResponseSpec get(JwtMutator caller) {
        return api.mutateWith(caller).get().uri(PATH).exchange();
    }

    private WebTestClient.ResponseSpec put(JwtMutator caller, Object body) {
        return api.mutateWith(caller).put().uri(PATH).contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange();
    }

    private WebTestClient beheerClient(String region) {
        return api.mutateWith(beheer(region));
    }

    private static JwtMutator beheer(String region) {
        return user(region, "regio-beheerder");
    }

    private static JwtMutator user(String region, String role, String... municipalities) {
        return TestJwts.user(role + "." + region, region, List.of(municipalities), role);
    }
}
