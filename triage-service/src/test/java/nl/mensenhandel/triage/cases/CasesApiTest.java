package nl.mensenhandel.triage.cases;

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
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;

import nl.mensenhandel.platform.testing.ApiTestSupport;
import nl.mensenhandel.platform.testing.TestJwts;
import reactor.core.publisher.Mono;

/**
 * GET /api/cases against the embedded store: zero-trust auth (401/403 as problem details), region
 * isolation, the aandachtsfunctionaris' municipality filter, parameter validation, truthful health.
 */
class CasesApiTest extends ApiTestSupport {

    static final String PATH = "/api/cases";
    static final String REGION = "zaanstreek-waterland";
    static final String ZAANSTAD = "GM0479";
    static final String PURMEREND = "GM0439";

    @Autowired
    ReactiveMongoTemplate mongo;

    @BeforeEach
    void setUp() {
        mongo.remove(new org.springframework.data.mongodb.core.query.Query(), Casus.class).block();
        mongo.insert(casus(REGION, ZAANSTAD, "2026-01-03T10:00:00Z")).block();
        mongo.insert(casus(REGION, PURMEREND, "2026-01-02T10:00:00Z")).block();
        mongo.insert(casus("ijsselland", "GM0193", "2026-01-04T10:00:00Z")).block();
    }

    @Test
    void withoutTokenAnswers401Problem() {
        unauthenticated(http.get().uri(PATH).exchange());
    }

    @Test
    void otherRoleAnswers403Problem() {
        forbidden(api.mutateWith(caller("melder", ZAANSTAD)).get().uri(PATH).exchange());
    }

    @Test
    void casustafelSeesEveryCasusOfOwnRegionOnlyNewestFirst() {
        api.mutateWith(caller("casustafel")).get().uri(PATH).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items.length()").isEqualTo(2)
                .jsonPath("$.items[0].municipalityCode").isEqualTo(ZAANSTAD)
                .jsonPath("$.items[1].municipalityCode").isEqualTo(PURMEREND)
                .jsonPath("$.items[*].region").value(regions -> assertThat((List<Object>) regions).containsOnly(REGION))
                .jsonPath("$.items[0].status").isEqualTo("IN_WEGING")
                .jsonPath("$.items[0].signalIds.length()").isEqualTo(1)
                .jsonPath("$.page.totalElements").isEqualTo(2)
                .jsonPath("$.page.size").isEqualTo(20);
        assertThat(mongo.getCollection("access_log").flatMap(c -> Mono.from(c.countDocuments())).block())
                .isPositive();
    }

    @Test
    void aandachtsfunctionarisSeesOnlyCasesOfOwnMunicipalities() {
        api.mutateWith(caller("aandachtsfunctionaris", PURMEREND)).get().uri(PATH).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].municipalityCode").isEqualTo(PURMEREND)
                .jsonPath("$.page.totalElements").isEqualTo(1);
    }

    /** Rule case-need-to-know, for lists: care coordination sees the casussen with a care track, as an outline. */
    @Test
    void zorgcoordinatorListsOnlyCasesWithACareTrackWithoutTheirContent() {
        Casus withCare = casus(REGION, ZAANSTAD, "2026-01-05T10:00:00Z");
        Track care = new Track(UUID.randomUUID().toString(), UUID.randomUUID().toString(), Track.TrackType.ZORGTRAJECT,
                Track.TrackStatus.GEOPEND, new Track.Regiehouder(Track.Regiehouder.Kind.ZORGCOORDINATOR, "HVO Querido",
                        null), java.time.LocalDate.parse("2026-02-01"), withCare.createdAt(), null, null, List.of(),
                null, null, List.of(), null, null);
        mongo.insert(new Casus(withCare.id(), REGION, ZAANSTAD, List.of(ZAANSTAD), CasusStatus.SPOREN_LOPEN,
                withCare.signalIds(), "ZW-2026-0042", null, "Samenvatting voor de tafel", null, withCare.createdAt(),
                false, List.of(), List.of("signal:x/person:1"), List.of(), List.of(care), List.of(), List.of(), 0,
                withCare.createdAt())).block();

        api.mutateWith(caller("zorgcoordinator")).get().uri(PATH).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].reference").isEqualTo("ZW-2026-0042")
                .jsonPath("$.items[0].summary").doesNotExist()
                .jsonPath("$.items[0].personRefs").doesNotExist();
        api.mutateWith(caller("casustafel")).get().uri(PATH).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items.length()").isEqualTo(3)
                .jsonPath("$.items[0].summary").isEqualTo("Samenvatting voor de tafel");
    }

    @Test
    void badPageSizeAnswers400NamingTheParameter() {
        for (String size : List.of("0", "abc")) {
            invalidParameter(api.mutateWith(caller("beleidsregisseur")).get().uri(PATH + "?size=" + size).exchange(),
                    "size");
        }
    }

    @Test
    void healthIsUpAgainstTheEmbeddedStore() {
        healthUp(http);
    }

    private static Casus casus(String region, String municipality, String createdAt) {
        Casus opened = Casus.opened(UUID.randomUUID().toString(), region, List.of(municipality),
                List.of(UUID.randomUUID().toString()), null, null, null, null, Instant.parse(createdAt), false,
                List.of(), List.of());
        return new Casus(opened.id(), region, municipality, List.of(municipality), CasusStatus.IN_WEGING,
                opened.signalIds(), null, null, null, null, opened.createdAt(), false, List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), 0, opened.createdAt());
    }

    private static JwtMutator caller(String role, String... municipalities) {
        return TestJwts.user(role + ".test", REGION, List.of(municipalities), role);
    }
}
