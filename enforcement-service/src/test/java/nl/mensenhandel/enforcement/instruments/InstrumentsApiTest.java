package nl.mensenhandel.enforcement.instruments;

import static nl.mensenhandel.platform.testing.ProblemAssertions.forbidden;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.test.context.TestPropertySource;

import nl.mensenhandel.platform.testing.ApiTestSupport;
import nl.mensenhandel.platform.testing.TestJwts;

/** listInstruments: the catalogue on a date (Wabo/Bouwbesluit until 2023, Omgevingswet from 2024), APV overrides. */
@TestPropertySource(properties = "enforcement.regions.zaanstreek-waterland.municipalities.GM0479.articles.VERBLIJFSONTZEGGING=2:79a")
class InstrumentsApiTest extends ApiTestSupport {

    static final String PATH = "/api/enforcement/instruments";
    static final JwtMutator AF = TestJwts.user("af.zaanstad", "zaanstreek-waterland", List.of("GM0479"),
            "aandachtsfunctionaris");

    @Test
    void theLegalBasisDependsOnTheDate() {
        api.mutateWith(AF).get().uri(PATH + "?situation=OVERBEWONING&date=2023-12-31").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items[?(@.code=='OVERBEWONING_LAST')].legalBasis")
                .isEqualTo("Woningwet art. 1b lid 3 jo. Bouwbesluit 2012 art. 7.18")
                .jsonPath("$.items[?(@.code=='OVERBEWONING_LAST')].validUntil").isEqualTo("2023-12-31");
        api.mutateWith(AF).get().uri(PATH + "?situation=STRIJDIG_GEBRUIK&date=2024-01-01").exchange().expectStatus()
                .isOk().expectBody().jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].legalBasis").isEqualTo("Omgevingswet art. 5.1 (omgevingsplanactiviteit zonder vergunning)");
        api.mutateWith(AF).get().uri(PATH + "?situation=STRIJDIG_GEBRUIK&date=2023-06-01").exchange().expectStatus()
                .isOk().expectBody().jsonPath("$.items[0].legalBasis").value(basis ->
                        org.assertj.core.api.Assertions.assertThat(basis.toString()).startsWith("Wabo art. 2.1 lid 1"));
    }

    @Test
    void aMunicipalitysOwnApvArticleReplacesTheModel() {
        api.mutateWith(AF).get().uri(PATH + "?situation=OVERLAST_WONING&municipalityCode=GM0479&date=2026-01-01")
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items[?(@.code=='VERBLIJFSONTZEGGING')].legalBasis").isEqualTo("APV art. 2:79a")
                .jsonPath("$.items[?(@.code=='VERBLIJFSONTZEGGING')].municipalArticle").isEqualTo("2:79a")
                .jsonPath("$.items[?(@.code=='VERBLIJFSONTZEGGING')].maxDurationWeeks").isEqualTo(12);
        api.mutateWith(AF).get().uri(PATH + "?situation=OVERLAST_WONING&municipalityCode=GM0439&date=2026-01-01")
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items[?(@.code=='VERBLIJFSONTZEGGING')].legalBasis").isEqualTo("APV art. 2:78");
    }

    @Test
    void anotherRegionsMunicipalityIs400AndOtherRoles403() {
        api.mutateWith(AF).get().uri(PATH + "?municipalityCode=GM0397").exchange().expectStatus().isBadRequest();
        forbidden(api.mutateWith(TestJwts.user("zc", "zaanstreek-waterland", List.of(), "zorgcoordinator")).get()
                .uri(PATH).exchange());
    }
}
