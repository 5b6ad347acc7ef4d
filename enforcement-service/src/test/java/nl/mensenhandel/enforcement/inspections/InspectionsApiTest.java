package nl.mensenhandel.enforcement.inspections;

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
 * GET /api/enforcement/inspections against the embedded store: zero-trust auth (401/403 as problem
 * details), region isolation, the municipality filter for handhaver and AF, parameter validation,
 * truthful health.
 */
class InspectionsApiTest extends ApiTestSupport {



    static final String PATH = "/api/enforcement/inspections";
    static final String REGION = "zaanstreek-waterland";
    static final String ZAANSTAD = "GM0479";
    static final String PURMEREND = "GM0439";

    @Autowired
    ReactiveMongoTemplate mongo;

    @BeforeEach
    void setUp() {
        mongo.remove(new Query(), Inspection.class).block();
        mongo.insert(inspection(REGION, ZAANSTAD, InspectionType.HUISVESTING, "2026-01-03T10:00:00Z")).block();
        mongo.insert(inspection(REGION, PURMEREND, InspectionType.SEKSBRANCHE, "2026-01-02T10:00:00Z")).block();
        mongo.insert(inspection("ijsselland", "GM0193", InspectionType.ACTIEDAG, "2026-01-04T10:00:00Z")).block();
    }

    @Test
    void withoutTokenAnswers401Problem() {
        unauthenticated(http.get().uri(PATH).exchange());
    }

    @Test
    void otherRoleAnswers403Problem() {
        forbidden(api.mutateWith(caller("zorgaanbieder", ZAANSTAD)).get().uri(PATH).exchange());
    }

    @Test
    void beleidsregisseurSeesEveryInspectionOfOwnRegionOnlyMostRecentFirst() {
        api.mutateWith(caller("beleidsregisseur")).get().uri(PATH).exchange()
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
            api.mutateWith(caller(role, PURMEREND)).get().uri(PATH).exchange()
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
            invalidParameter(api.mutateWith(caller("handhaver", ZAANSTAD)).get().uri(PATH + "?size=" + size).exchange(),
                    "size");
        }
    }

    @Test
    void healthIsUpAgainstTheEmbeddedStore() {
        healthUp(http);
    }

    private static Inspection inspection(String region, String municipality, InspectionType type, String at) {
        Instant instant = Instant.parse(at);
        return new Inspection(UUID.randomUUID().toString(), region, municipality, type, InspectionStatus.UITGEVOERD, 0,
                InspectionOrigin.AD_HOC, null, null, List.of(), List.of(), null, null, instant, null, instant, List.of(),
                false, List.of(), "handhaver.test", instant);
    }

    private static JwtMutator caller(String role, String... municipalities) {
        return TestJwts.user(role + ".test", REGION, List.of(municipalities), role);
    }
}
