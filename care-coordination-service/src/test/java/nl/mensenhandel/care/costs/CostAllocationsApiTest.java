package nl.mensenhandel.care.costs;

import static nl.mensenhandel.platform.testing.ProblemAssertions.forbidden;
import static nl.mensenhandel.platform.testing.ProblemAssertions.invalidParameter;
import static nl.mensenhandel.platform.testing.ProblemAssertions.unauthenticated;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import nl.mensenhandel.care.trajectories.TrajectoryLookup;
import nl.mensenhandel.platform.testing.ApiTestSupport;
import nl.mensenhandel.platform.testing.TestJwts;
import reactor.core.publisher.Flux;

/**
 * getCostAllocation / putCostAllocation through the service: roles (access-matrix rows), the region's own settings
 * only, 404 for a year without settings, the rules as 422 naming the rule, bad input as 400 naming the field.
 */
class CostAllocationsApiTest extends ApiTestSupport {

    static final String ZAANSTREEK = "zaanstreek-waterland";

    @MockitoBean
    TrajectoryLookup trajectories;

    @Autowired
    ReactiveMongoTemplate mongo;

    @BeforeEach
    void noStoredSettings() {
        mongo.remove(new Query(), StoredCostSettings.class).block();
    }

    @Test
    void withoutTokenAnswers401() {
        unauthenticated(http.get().uri(path(2022)).exchange());
    }

    @Test
    void readingNeedsZorgcoordinatorBeleidsregisseurOrRegioBeheerder() {
        for (String role : List.of("aandachtsfunctionaris", "casustafel", "handhaver", "melder", "monitor-lezer")) {
            forbidden(as("ijsselland", role).get().uri(path(2022)).exchange());
        }
        forbidden(api.mutateWith(TestJwts.careProvider("care-provider-x", "ijsselland", "x", "zorgaanbieder"))
                .get().uri(path(2022)).exchange());
        for (String role : List.of("zorgcoordinator", "beleidsregisseur", "regio-beheerder")) {
            as("ijsselland", role).get().uri(path(2022)).exchange().expectStatus().isOk();
        }
    }

    @Test
    void onlyTheRegioBeheerderSetsTheKey() {
        for (String role : List.of("zorgcoordinator", "beleidsregisseur", "aandachtsfunctionaris")) {
            forbidden(put(as(ZAANSTREEK, role), 2024, centrumgemeente("GM0479")));
        }
        as(ZAANSTREEK, "zorgcoordinator").get().uri(path(2024)).exchange().expectStatus().isNotFound();
    }

    @Test
    void aYearWithNeitherStoredSettingsNorDefaultsAnswers404() {
        as("ijsselland", "zorgcoordinator").get().uri(path(2023)).exchange().expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo("urn:mensenhandel:problem:not-found");
        as(ZAANSTREEK, "zorgcoordinator").get().uri(path(2022)).exchange().expectStatus().isNotFound();
    }

    @Test
    void centrumgemeentePaysAllAndTheSettingsAreTheRegionsOwn() {
        put(as(ZAANSTREEK, "regio-beheerder"), 2024, centrumgemeente("GM0479")).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.region").isEqualTo(ZAANSTREEK)
                .jsonPath("$.method").isEqualTo("CENTRUMGEMEENTE")
                .jsonPath("$.shares.length()").isEqualTo(1)
                .jsonPath("$.shares[0].municipalityCode").isEqualTo("GM0479")
                .jsonPath("$.shares[0].name").isEqualTo("Zaanstad")
                .jsonPath("$.shares[0].percentage").isEqualTo("100.00")
                .jsonPath("$.shares[0].amount").isEqualTo("10000.00")
                .jsonPath("$.sumOfAmounts").isEqualTo("10000.00")
                .jsonPath("$.roundingDifference").isEqualTo("0.00");

        as(ZAANSTREEK, "beleidsregisseur").get().uri(path(2024)).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.shares[0].amount").isEqualTo("10000.00");
        as("kennemerland", "regio-beheerder").get().uri(path(2024)).exchange().expectStatus().isNotFound();
        as("ijsselland", "regio-beheerder").get().uri(path(2024)).exchange().expectStatus().isNotFound();
    }

    @Test
    void storedSettingsTakePrecedenceOverTheConfiguredDefaults() {
        put(as("ijsselland", "regio-beheerder"), 2022, centrumgemeente("GM0193")).expectStatus().isOk();

        as("ijsselland", "zorgcoordinator").get().uri(path(2022)).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.method").isEqualTo("CENTRUMGEMEENTE")
                .jsonPath("$.shares[0].name").isEqualTo("Zwolle");
    }

    @Test
    void ruleCentrumgemeenteOfRegionAnswers422AndStoresNothing() {
        unprocessable(put(as(ZAANSTREEK, "regio-beheerder"), 2024, centrumgemeente("GM0193")),
                "centrumgemeente-of-region");
        unprocessable(put(as(ZAANSTREEK, "regio-beheerder"), 2024,
                Map.of("method", "CENTRUMGEMEENTE", "totalAmount", "10.00")), "centrumgemeente-of-region");
        as(ZAANSTREEK, "regio-beheerder").get().uri(path(2024)).exchange().expectStatus().isNotFound();
    }

    @Test
    void rulePopulationsOfRegionAnswers422() {
        unprocessable(put(as("ijsselland", "regio-beheerder"), 2024, Map.of("method", "INWONERSSLEUTEL",
                "totalAmount", "1000.00", "populations", List.of(Map.of("municipalityCode", "GM0193",
                        "population", 129840)))), "populations-of-region");
    }

    @Test
    void ownPopulationsReplaceTheConfiguredOnes() {
        List<Map<String, Object>> populations = CostAllocationRulesTest.ijsselland().stream()
                .map(p -> Map.<String, Object>of("municipalityCode", p.municipalityCode(), "population",
                        p.municipalityCode().equals("GM0193") ? 0 : 10))
                .toList();
        put(as("ijsselland", "regio-beheerder"), 2024, Map.of("method", "INWONERSSLEUTEL", "totalAmount", "100.00",
                "populations", populations)).expectStatus().isOk()
                .expectBody().jsonPath("$.basisTotal").isEqualTo(100)
                .jsonPath("$.shares[?(@.name == 'Zwolle')].amount").isEqualTo(List.of("0.00"))
                .jsonPath("$.shares[?(@.name == 'Dalfsen')].amount").isEqualTo(List.of("10.00"));

        as("ijsselland", "zorgcoordinator").get().uri(path(2024)).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.basisTotal").isEqualTo(100)
                .jsonPath("$.shares[?(@.name == 'Zwolle')].basis").isEqualTo(List.of(0));
    }

    @Test
    void naarGebruikSharesByTheTrajectoriesOfTheYear() {
        given(trajectories.openDuring(eq("ijsselland"), eq(LocalDate.of(2024, 1, 1)), eq(LocalDate.of(2024, 12, 31))))
                .willReturn(Flux.just(UsageKeyTest.trajectory("GM0193"), UsageKeyTest.trajectory("GM0150")));
        given(trajectories.openDuring(eq(ZAANSTREEK), any(), any())).willReturn(Flux.empty());

        put(as("ijsselland", "regio-beheerder"), 2024, Map.of("method", "NAAR_GEBRUIK", "totalAmount", "0.03",
                "rounding", "GROOTSTE_REST")).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.basisTotal").isEqualTo(2)
                .jsonPath("$.shares.length()").isEqualTo(11)
                .jsonPath("$.shares[?(@.name == 'Zwolle')].basis").isEqualTo(List.of(1))
                .jsonPath("$.shares[?(@.name == 'Deventer')].amount").isEqualTo(List.of("0.02"))
                .jsonPath("$.shares[?(@.name == 'Zwolle')].amount").isEqualTo(List.of("0.01"))
                .jsonPath("$.sumOfAmounts").isEqualTo("0.03");
    }

    @Test
    void badInputAnswers400NamingTheField() {
        invalidParameter(as("ijsselland", "zorgcoordinator").get().uri(path(1999)).exchange(), "year");
        for (String amount : List.of("12.5", "abc", "-5.00")) {
            invalidParameter(put(as("ijsselland", "regio-beheerder"), 2024,
                    Map.of("method", "CENTRUMGEMEENTE", "totalAmount", amount, "centrumgemeenteCode", "GM0193")),
                    "totalAmount");
        }
    }

    private WebTestClient.ResponseSpec put(WebTestClient client, int year, Map<String, Object> body) {
        return client.put().uri(path(year)).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private static void unprocessable(WebTestClient.ResponseSpec response, String rule) {
        response.expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:mensenhandel:problem:unprocessable")
                .jsonPath("$.detail").value(containsString(rule));
    }

    private static Map<String, Object> centrumgemeente(String code) {
        return Map.of("method", "CENTRUMGEMEENTE", "totalAmount", "10000.00", "centrumgemeenteCode", code);
    }

    private WebTestClient as(String region, String role) {
        JwtMutator caller = TestJwts.user(role + ".test", region, List.of(), role);
        return api.mutateWith(caller);
    }

    private static String path(int year) {
        return "/api/care/cost-allocations/" + year;
    }
}
