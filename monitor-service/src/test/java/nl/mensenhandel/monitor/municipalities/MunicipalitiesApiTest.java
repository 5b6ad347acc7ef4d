package nl.mensenhandel.monitor.municipalities;

import static nl.mensenhandel.platform.testing.ProblemAssertions.forbidden;
import static nl.mensenhandel.platform.testing.ProblemAssertions.healthUp;
import static nl.mensenhandel.platform.testing.ProblemAssertions.invalidParameter;
import static nl.mensenhandel.platform.testing.ProblemAssertions.unauthenticated;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;

import nl.mensenhandel.platform.testing.ApiTestSupport;
import nl.mensenhandel.platform.testing.TestJwts;

/**
 * GET /api/monitor/municipalities: zero-trust auth (401/403 as problem details), only the caller's
 * region out of the shared reference data, parameter validation, truthful health against the embedded store.
 */
class MunicipalitiesApiTest extends ApiTestSupport {

    static final String PATH = "/api/monitor/municipalities";

    @Test
    void withoutTokenAnswers401Problem() {
        unauthenticated(http.get().uri(PATH).exchange());
    }

    @Test
    void otherRoleAnswers403Problem() {
        forbidden(api.mutateWith(caller("ijsselland", "handhaver")).get().uri(PATH).exchange());
    }

    @Test
    void listsTheMunicipalitiesOfOwnRegionOnlyWithPopulationWhereKnown() {
        api.mutateWith(caller("ijsselland", "beleidsregisseur")).get().uri("/api/monitor/municipalities?size=100")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items.length()").isEqualTo(11)
                .jsonPath("$.items[*].region").value(regions -> assertThat((List<Object>) regions)
                        .containsOnly("ijsselland"))
                .jsonPath("$.items[0].name").isEqualTo("Dalfsen")
                .jsonPath("$.items[?(@.code == 'GM0193')].population").isEqualTo(List.of(129840))
                .jsonPath("$.page.totalElements").isEqualTo(11);
        // no population in the sources for Zaanstreek-Waterland: the field is absent, not 0
        api.mutateWith(caller("zaanstreek-waterland", "monitor-lezer")).get().uri("/api/monitor/municipalities?size=3")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items.length()").isEqualTo(3)
                .jsonPath("$.items[0].name").isEqualTo("Edam-Volendam")
                .jsonPath("$.items[0].population").doesNotExist()
                .jsonPath("$.items[*].code").value(codes -> assertThat((List<Object>) codes)
                        .doesNotContain("GM0193"))
                .jsonPath("$.page.totalElements").isEqualTo(7)
                .jsonPath("$.page.totalPages").isEqualTo(3);
    }

    @Test
    void badPageSizeAnswers400NamingTheParameter() {
        for (String size : List.of("0", "abc")) {
            invalidParameter(api.mutateWith(caller("ijsselland", "regio-beheerder")).get()
                    .uri(PATH + "?size=" + size).exchange(), "size");
        }
    }

    @Test
    void healthIsUpAgainstTheEmbeddedStore() {
        healthUp(http);
    }

    private static JwtMutator caller(String region, String role) {
        return TestJwts.user(role + ".test", region, List.of(), role);
    }
}
