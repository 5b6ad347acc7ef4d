package nl.mensenhandel.monitor.areas;

import static nl.mensenhandel.platform.testing.ProblemAssertions.forbidden;
import static nl.mensenhandel.platform.testing.ProblemAssertions.unauthenticated;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;

import nl.mensenhandel.platform.testing.ApiTestSupport;
import nl.mensenhandel.platform.testing.TestJwts;

/** GET /api/monitor/areas with the demo configuration of application.yml: own region only, roles as the matrix. */
class AreasApiTest extends ApiTestSupport {

    static final String PATH = "/api/monitor/areas";

    private static JwtMutator caller(String region, String role) {
        return TestJwts.user(role + ".test", region, List.of(), role);
    }

    @Test
    void tokenAndRoles() {
        unauthenticated(http.get().uri(PATH).exchange());
        forbidden(api.mutateWith(caller("zaanstreek-waterland", "aandachtsfunctionaris")).get().uri(PATH).exchange());
        forbidden(api.mutateWith(caller("zaanstreek-waterland", "regio-beheerder")).get().uri(PATH).exchange());
    }

    @Test
    void theRegionItsMunicipalitiesTheZaanstreekGroupingAndThePoliceUnit() {
        api.mutateWith(caller("zaanstreek-waterland", "monitor-lezer")).get().uri(PATH).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(1 + 7 + 2)
                .jsonPath("$[0].id").isEqualTo("zaanstreek-waterland")
                .jsonPath("$[0].kind").isEqualTo("REGIO")
                .jsonPath("$[0].municipalityCodes.length()").isEqualTo(7)
                .jsonPath("$[?(@.id == 'zaanstreek')].municipalityCodes")
                .isEqualTo(List.of(List.of("GM0479", "GM0431", "GM0880")))
                .jsonPath("$[?(@.id == 'politie-eenheid-noord-holland')].kind").isEqualTo(List.of("EXTERN"))
                .jsonPath("$[?(@.id == 'politie-eenheid-noord-holland')].municipalityCodes")
                .isEqualTo(List.of(List.of()))
                .jsonPath("$[*].id").value(ids -> assertThat((List<Object>) ids).doesNotContain("GM0397", "ijmond"));
        api.mutateWith(caller("kennemerland", "beleidsregisseur")).get().uri(PATH).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$[?(@.id == 'ijmond')].kind").isEqualTo(List.of("EXTERN"))
                .jsonPath("$[?(@.kind == 'GEMEENTE')].id").value(ids -> assertThat((List<Object>) ids)
                        .containsExactlyInAnyOrder("GM0377", "GM0392", "GM0397", "GM0473"));
    }
}
