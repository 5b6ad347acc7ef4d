package nl.mensenhandel.care.placements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import nl.mensenhandel.platform.testing.EmbeddedMongo;
import nl.mensenhandel.platform.testing.TestJwts;
import reactor.core.publisher.Mono;

/**
 * GET /api/care/placements against the embedded store: zero-trust auth (401/403 as problem details),
 * region isolation, the care provider's own-placements filter, parameter validation, truthful health.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlacementsApiTest {

    static final EmbeddedMongo MONGO = EmbeddedMongo.start();

    static final String REGION = "zaanstreek-waterland";
    static final String HUMANITAS = "humanitas";
    static final String HVO_QUERIDO = "hvo-querido";

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", MONGO::uri);
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    ReactiveMongoTemplate mongo;

    WebTestClient http;
    WebTestClient api;

    @BeforeEach
    void setUp() {
        http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        api = TestJwts.client(context);
        mongo.remove(new Query(), Placement.class).block();
        mongo.insert(placement(REGION, HUMANITAS, PlacementType.NOODBED, "2026-01-03T10:00:00Z")).block();
        mongo.insert(placement(REGION, HVO_QUERIDO, PlacementType.COSM, "2026-01-02T10:00:00Z")).block();
        mongo.insert(placement("ijsselland", HUMANITAS, PlacementType.JEUGDZORG, "2026-01-04T10:00:00Z")).block();
    }

    @Test
    void withoutTokenAnswers401Problem() {
        http.get().uri("/api/care/placements").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:mensenhandel:problem:unauthenticated");
    }

    @Test
    void otherRoleAnswers403Problem() {
        for (JwtMutator caller : List.of(caller("handhaver", null), caller("zorgaanbieder", null))) {
            api.mutateWith(caller).get().uri("/api/care/placements").exchange()
                    .expectStatus().isForbidden()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.type").isEqualTo("urn:mensenhandel:problem:forbidden");
        }
    }

    @Test
    void zorgcoordinatorSeesEveryPlacementOfOwnRegionOnlyNewestFirst() {
        api.mutateWith(caller("zorgcoordinator", null)).get().uri("/api/care/placements").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items.length()").isEqualTo(2)
                .jsonPath("$.items[0].providerId").isEqualTo(HUMANITAS)
                .jsonPath("$.items[0].placementType").isEqualTo("NOODBED")
                .jsonPath("$.items[0].status").isEqualTo("GEPLAATST")
                .jsonPath("$.items[0].responsibleMunicipalityCode").isEqualTo("GM0479")
                .jsonPath("$.items[0].startedAt").isEqualTo("2026-01-03T10:00:00Z")
                .jsonPath("$.items[1].providerId").isEqualTo(HVO_QUERIDO)
                .jsonPath("$.items[*].region").value(regions -> assertThat((List<Object>) regions).containsOnly(REGION))
                .jsonPath("$.page.totalElements").isEqualTo(2);
        assertThat(mongo.getCollection("access_log").flatMap(c -> Mono.from(c.countDocuments())).block())
                .isPositive();
    }

    @Test
    void zorgaanbiederSeesOnlyItsOwnPlacements() {
        api.mutateWith(caller("zorgaanbieder", HUMANITAS)).get().uri("/api/care/placements").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].providerId").isEqualTo(HUMANITAS)
                .jsonPath("$.items[0].region").isEqualTo(REGION)
                .jsonPath("$.page.totalElements").isEqualTo(1);
    }

    @Test
    void badPageSizeAnswers400NamingTheParameter() {
        for (String size : List.of("0", "abc")) {
            api.mutateWith(caller("zorgcoordinator", null)).get().uri("/api/care/placements?size=" + size).exchange()
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

    private static Placement placement(String region, String provider, PlacementType type, String at) {
        Instant instant = Instant.parse(at);
        return new Placement(UUID.randomUUID().toString(), region, type, provider, PlacementStatus.GEPLAATST,
                "GM0479", instant, instant);
    }

    private static JwtMutator caller(String role, String provider) {
        return provider == null
                ? TestJwts.user(role + ".test", REGION, List.of(), role)
                : TestJwts.careProvider("care-provider-" + provider, REGION, provider, role);
    }
}
