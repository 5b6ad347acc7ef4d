package nl.mensenhandel.monitor.municipalities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import nl.mensenhandel.platform.testing.EmbeddedMongo;
import nl.mensenhandel.platform.testing.TestJwts;

/**
 * GET /api/monitor/municipalities: zero-trust auth (401/403 as problem details), only the caller's
 * region out of the shared reference data, parameter validation, truthful health against the embedded store.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MunicipalitiesApiTest {

    static final EmbeddedMongo MONGO = EmbeddedMongo.start();

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", MONGO::uri);
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    WebTestClient http;
    WebTestClient api;

    @BeforeEach
    void setUp() {
        http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        api = TestJwts.client(context);
    }

    @Test
    void withoutTokenAnswers401Problem() {
        http.get().uri("/api/monitor/municipalities").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:mensenhandel:problem:unauthenticated");
    }

    @Test
    void otherRoleAnswers403Problem() {
        api.mutateWith(caller("ijsselland", "handhaver")).get().uri("/api/monitor/municipalities").exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:mensenhandel:problem:forbidden");
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
            api.mutateWith(caller("ijsselland", "regio-beheerder")).get()
                    .uri("/api/monitor/municipalities?size=" + size).exchange()
                    .expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.type").isEqualTo("urn:mensenhandel:problem:validation")
                    .jsonPath("$.errors[0].field").isEqualTo("size");
        }
    }

    @Test
    void healthIsUpAgainstTheEmbeddedStore() {
        http.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    private static JwtMutator caller(String region, String role) {
        return TestJwts.user(role + ".test", region, List.of(), role);
    }
}
