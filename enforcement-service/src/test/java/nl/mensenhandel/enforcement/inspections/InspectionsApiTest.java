package nl.mensenhandel.enforcement.inspections;

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
 * GET /api/enforcement/inspections against the embedded store: zero-trust auth (401/403 as problem
 * details), region isolation, the municipality filter for handhaver and AF, parameter validation,
 * truthful health.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InspectionsApiTest {

    static final EmbeddedMongo MONGO = EmbeddedMongo.start();

    static final String REGION = "zaanstreek-waterland";
    static final String ZAANSTAD = "GM0479";
    static final String PURMEREND = "GM0439";

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
        mongo.remove(new Query(), Inspection.class).block();
        mongo.insert(inspection(REGION, ZAANSTAD, InspectionType.HUISVESTING, "2026-01-03T10:00:00Z")).block();
        mongo.insert(inspection(REGION, PURMEREND, InspectionType.SEKSBRANCHE, "2026-01-02T10:00:00Z")).block();
        mongo.insert(inspection("ijsselland", "GM0193", InspectionType.ACTIEDAG, "2026-01-04T10:00:00Z")).block();
    }

    @Test
    void withoutTokenAnswers401Problem() {
        http.get().uri("/api/enforcement/inspections").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:mensenhandel:problem:unauthenticated");
    }

    @Test
    void otherRoleAnswers403Problem() {
        api.mutateWith(caller("zorgaanbieder", ZAANSTAD)).get().uri("/api/enforcement/inspections").exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:mensenhandel:problem:forbidden");
    }

    @Test
    void beleidsregisseurSeesEveryInspectionOfOwnRegionOnlyMostRecentFirst() {
        api.mutateWith(caller("beleidsregisseur")).get().uri("/api/enforcement/inspections").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items.length()").isEqualTo(2)
                .jsonPath("$.items[0].municipalityCode").isEqualTo(ZAANSTAD)
                .jsonPath("$.items[0].inspectionType").isEqualTo("HUISVESTING")
                .jsonPath("$.items[0].status").isEqualTo("UITGEVOERD")
                .jsonPath("$.items[0].inspectedAt").isEqualTo("2026-01-03T10:00:00Z")
                .jsonPath("$.items[1].municipalityCode").isEqualTo(PURMEREND)
                .jsonPath("$.items[*].region").value(regions -> assertThat((List<Object>) regions).containsOnly(REGION))
                .jsonPath("$.page.totalElements").isEqualTo(2);
        assertThat(mongo.getCollection("access_log").flatMap(c -> Mono.from(c.countDocuments())).block())
                .isPositive();
    }

    @Test
    void handhaverAndAandachtsfunctionarisSeeOnlyTheirMunicipalities() {
        for (String role : List.of("handhaver", "aandachtsfunctionaris")) {
            api.mutateWith(caller(role, PURMEREND)).get().uri("/api/enforcement/inspections").exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.items.length()").isEqualTo(1)
                    .jsonPath("$.items[0].municipalityCode").isEqualTo(PURMEREND)
                    .jsonPath("$.page.totalElements").isEqualTo(1);
        }
    }

    @Test
    void badPageSizeAnswers400NamingTheParameter() {
        for (String size : List.of("0", "abc")) {
            api.mutateWith(caller("handhaver", ZAANSTAD)).get().uri("/api/enforcement/inspections?size=" + size)
                    .exchange()
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

    private static Inspection inspection(String region, String municipality, InspectionType type, String at) {
        Instant instant = Instant.parse(at);
        return new Inspection(UUID.randomUUID().toString(), region, municipality, type, instant,
                InspectionStatus.UITGEVOERD, instant);
    }

    private static JwtMutator caller(String role, String... municipalities) {
        return TestJwts.user(role + ".test", REGION, List.of(municipalities), role);
    }
}
