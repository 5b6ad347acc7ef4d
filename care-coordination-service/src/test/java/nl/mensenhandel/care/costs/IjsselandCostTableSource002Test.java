package nl.mensenhandel.care.costs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import nl.mensenhandel.care.trajectories.TrajectoryLookup;
import nl.mensenhandel.platform.testing.ApiTestSupport;
import nl.mensenhandel.platform.testing.TestJwts;

/**
 * THE cost-key test: the IJsselland source ({@code /work/shared/domain-sources/002_77b5c965528ee43d.txt} §4.4,
 * "Bekostiging zorgcoördinator vanuit regiogemeenten met inwonersaantal als verdeelsleutel") published for 2022 EUR
 * 81,148.00 over 11 municipalities by population. Through the API, with the service's configured defaults: every
 * published amount to the cent, every published percentage, the sum 81,147.99 as published and the rounding
 * difference 0.01 — and with largest-remainder rounding the amounts add up to 81,148.00 exactly.
 */
class IjsselandCostTableSource002Test extends ApiTestSupport {

    static final String PATH = "/api/care/cost-allocations/2022";

    /** The published table: municipality → {CBS code, population, percentage, amount}. */
    static final Map<String, List<String>> PUBLISHED = new LinkedHashMap<>();

    static {
        PUBLISHED.put("Dalfsen", List.of("GM0148", "28901", "5.40", "4385.30"));
        PUBLISHED.put("Deventer", List.of("GM0150", "101236", "18.93", "15361.07"));
        PUBLISHED.put("Hardenberg", List.of("GM0160", "61357", "11.47", "9310.02"));
        PUBLISHED.put("Kampen", List.of("GM0166", "54474", "10.19", "8265.62"));
        PUBLISHED.put("Olst-Wijhe", List.of("GM1773", "18361", "3.43", "2786.01"));
        PUBLISHED.put("Ommen", List.of("GM0175", "18295", "3.42", "2776.00"));
        PUBLISHED.put("Raalte", List.of("GM0177", "37911", "7.09", "5752.43"));
        PUBLISHED.put("Staphorst", List.of("GM0180", "17261", "3.23", "2619.10"));
        PUBLISHED.put("Steenwijkerland", List.of("GM1708", "44341", "8.29", "6728.09"));
        PUBLISHED.put("Zwartewaterland", List.of("GM1896", "22823", "4.27", "3463.05"));
        PUBLISHED.put("Zwolle", List.of("GM0193", "129840", "24.28", "19701.30"));
    }

    @MockitoBean
    TrajectoryLookup trajectories;

    @Autowired
    ReactiveMongoTemplate mongo;

    @BeforeEach
    void noStoredSettings() {
        mongo.remove(new Query(), StoredCostSettings.class).block();
    }

    @Test
    void populationKeyReproducesThePublishedTableToTheCentWithTheRoundingDifference() {
        Map<String, Object> allocation = get("zorgcoordinator");

        assertThat(allocation).containsEntry("region", "ijsselland").containsEntry("year", 2022)
                .containsEntry("method", "INWONERSSLEUTEL").containsEntry("rounding", "HALF_UP_PER_GEMEENTE")
                .containsEntry("totalAmount", "81148.00").containsEntry("basisTotal", 534800)
                .containsEntry("sumOfAmounts", "81147.99").containsEntry("roundingDifference", "0.01");
        List<Map<String, Object>> shares = shares(allocation);
        assertThat(shares).extracting(s -> s.get("name")).containsExactlyElementsOf(PUBLISHED.keySet());
        for (Map<String, Object> share : shares) {
            List<String> published = PUBLISHED.get((String) share.get("name"));
            assertThat(share.get("municipalityCode")).as("code of %s", share.get("name")).isEqualTo(published.get(0));
            assertThat(share.get("basis").toString()).as("population of %s", share.get("name"))
                    .isEqualTo(published.get(1));
            assertThat(share.get("percentage")).as("percentage of %s", share.get("name")).isEqualTo(published.get(2));
            assertThat(share.get("amount")).as("amount of %s", share.get("name")).isEqualTo(published.get(3));
        }
    }

    @Test
    void largestRemainderRoundingMakesTheAmountsAddUpToTheTotalExactly() {
        api.mutateWith(TestJwts.user("beheer.test", "ijsselland", List.of(), "regio-beheerder"))
                .put().uri(PATH)
                .bodyValue(Map.of("method", "INWONERSSLEUTEL", "totalAmount", "81148.00", "rounding", "GROOTSTE_REST"))
                .exchange().expectStatus().isOk();

        Map<String, Object> allocation = get("beleidsregisseur");

        assertThat(allocation).containsEntry("rounding", "GROOTSTE_REST").containsEntry("sumOfAmounts", "81148.00")
                .containsEntry("roundingDifference", "0.00");
        BigDecimal sum = BigDecimal.ZERO;
        for (Map<String, Object> share : shares(allocation)) {
            BigDecimal amount = new BigDecimal((String) share.get("amount"));
            BigDecimal published = new BigDecimal(PUBLISHED.get((String) share.get("name")).get(3));
            assertThat(amount.subtract(published).abs()).as("%s moves at most a cent", share.get("name"))
                    .isLessThanOrEqualTo(new BigDecimal("0.01"));
            sum = sum.add(amount);
        }
        assertThat(sum).isEqualByComparingTo("81148.00");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> get(String role) {
        return api.mutateWith(TestJwts.user(role + ".test", "ijsselland", List.of(), role))
                .get().uri(PATH).exchange()
                .expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> shares(Map<String, Object> allocation) {
        return (List<Map<String, Object>>) allocation.get("shares");
    }
}
