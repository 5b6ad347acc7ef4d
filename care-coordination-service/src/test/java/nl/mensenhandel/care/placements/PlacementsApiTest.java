package nl.mensenhandel.care.placements;

import static nl.mensenhandel.platform.testing.ProblemAssertions.forbidden;
import static nl.mensenhandel.platform.testing.ProblemAssertions.healthUp;
import static nl.mensenhandel.platform.testing.ProblemAssertions.invalidParameter;
import static nl.mensenhandel.platform.testing.ProblemAssertions.unauthenticated;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;

import nl.mensenhandel.platform.testing.ApiTestSupport;
import nl.mensenhandel.platform.testing.TestJwts;
import reactor.core.publisher.Mono;

/**
 * GET /api/care/placements against the embedded store: zero-trust auth (401/403 as problem details),
 * region isolation, the care provider's own-placements filter, parameter validation, truthful health.
 */
class PlacementsApiTest extends ApiTestSupport {

    static final String PATH = "/api/care/placements";
    static final String REGION = "zaanstreek-waterland";
    static final String HUMANITAS = "humanitas";
    static final String HVO_QUERIDO = "hvo-querido";

    @Autowired
    ReactiveMongoTemplate mongo;

    @BeforeEach
    void setUp() {
        mongo.remove(new Query(), Placement.class).block();
        mongo.insert(placement(REGION, HUMANITAS, PlacementType.NOODBED, "2026-01-03T10:00:00Z")).block();
        mongo.insert(placement(REGION, HVO_QUERIDO, PlacementType.COSM, "2026-01-02T10:00:00Z")).block();
        mongo.insert(placement("ijsselland", HUMANITAS, PlacementType.JEUGDZORG, "2026-01-04T10:00:00Z")).block();
    }

    @Test
    void withoutTokenAnswers401Problem() {
        unauthenticated(http.get().uri(PATH).exchange());
    }

    @Test
    void otherRoleAnswers403Problem() {
        for (JwtMutator caller : List.of(caller("handhaver", null), caller("zorgaanbieder", null))) {
            forbidden(api.mutateWith(caller).get().uri(PATH).exchange());
        }
    }

    @Test
    void zorgcoordinatorSeesEveryPlacementOfOwnRegionOnlyNewestFirst() {
        api.mutateWith(caller("zorgcoordinator", null)).get().uri(PATH).exchange()
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
        api.mutateWith(caller("zorgaanbieder", HUMANITAS)).get().uri(PATH).exchange()
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
            invalidParameter(api.mutateWith(caller("zorgcoordinator", null)).get()
                    .uri(PATH + "?size=" + size).exchange(), "size");
        }
    }

    @Test
    void healthIsUpAgainstTheEmbeddedStore() {
        healthUp(http);
    }

    private static Placement placement(String region, String provider, PlacementType type, String at) {
        Instant instant = Instant.parse(at);
        return new Placement(UUID.randomUUID().toString(), region, null, type, provider, null,
                PlacementStatus.GEPLAATST, null, null, "GM0479", null, null, null, null, null, null, null, null,
                instant, null, null, null, null, null, instant, 0, null);
    }

    private static JwtMutator caller(String role, String provider) {
        return provider == null
                ? TestJwts.user(role + ".test", REGION, List.of(), role)
                : TestJwts.careProvider("care-provider-" + provider, REGION, provider, role);
    }
}
