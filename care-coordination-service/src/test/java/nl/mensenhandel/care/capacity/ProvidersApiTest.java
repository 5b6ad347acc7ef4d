package nl.mensenhandel.care.capacity;

import static nl.mensenhandel.platform.testing.ProblemAssertions.forbidden;
import static nl.mensenhandel.platform.testing.ProblemAssertions.invalidParameter;
import static nl.mensenhandel.platform.testing.ProblemAssertions.unauthenticated;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.test.web.reactive.server.WebTestClient;

import nl.mensenhandel.care.placements.Placement;
import nl.mensenhandel.care.placements.PlacementStatus;
import nl.mensenhandel.care.placements.PlacementType;
import nl.mensenhandel.platform.testing.ApiTestSupport;
import nl.mensenhandel.platform.testing.TestJwts;

/**
 * The {@code providers} operations over HTTP with the service's own security chain, against the embedded store:
 * who may call them, tenant isolation (another region's and another provider's location answer 404), the rules of
 * a publication (422 naming the rule), idempotent and out-of-order publications, stale and never-published
 * capacity, and the recount of reserved places at publication.
 */
class ProvidersApiTest extends ApiTestSupport {

    static final String ZAANSTREEK = "zaanstreek-waterland";
    static final String KENNEMERLAND = "kennemerland";
    static final String QUERIDO = "hvo-querido";
    static final String NOODBED_PATH = "/api/care/providers/hvo-querido/locations/querido-noodbed/capacity/NOODBED";

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    PlaceReservations reservations;

    @BeforeEach
    void empty() {
        mongo.remove(new Query(), LocationCapacity.class).block();
        mongo.remove(new Query(), Placement.class).block();
    }

    // ---- listCareProviders ----

    @Test
    void listCareProvidersWithoutTokenAnswers401() {
        unauthenticated(http.get().uri("/api/care/providers").exchange());
    }

    @Test
    void listCareProvidersForOtherRolesAnswers403() {
        for (String role : List.of("aandachtsfunctionaris", "casustafel", "handhaver", "beleidsregisseur", "melder",
                "monitor-lezer")) {
            forbidden(api.mutateWith(user(ZAANSTREEK, role)).get().uri("/api/care/providers").exchange());
        }
        // a provider client whose token names no provider is misconfigured
        forbidden(api.mutateWith(TestJwts.user("client", ZAANSTREEK, List.of(), "zorgaanbieder")).get()
                .uri("/api/care/providers").exchange());
    }

    @Test
    void zorgcoordinatorAndRegioBeheerderSeeTheWholeCatalogueOfTheirRegion() {
        for (String role : List.of("zorgcoordinator", "regio-beheerder")) {
            api.mutateWith(user("rotterdam", role)).get().uri("/api/care/providers").exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.length()").isEqualTo(4)
                    .jsonPath("$[0].id").isEqualTo("humanitas-rotterdam")
                    .jsonPath("$[0].region").isEqualTo("rotterdam")
                    .jsonPath("$[0].locations.length()").isEqualTo(3)
                    .jsonPath("$[0].locations[0].id").isEqualTo("humanitas-noodbed")
                    .jsonPath("$[0].locations[0].placementTypes[0]").isEqualTo("NOODBED")
                    .jsonPath("$[0].locations[0].noodbedMaximumStayDays").isEqualTo(5)
                    .jsonPath("$[0].locations[0].contraIndications[0]").isEqualTo("AGRESSIE")
                    .jsonPath("$[0].locations[0].minAge").isEqualTo(18)
                    .jsonPath("$[0].locations[0].publishesCapacity").isEqualTo(true)
                    .jsonPath("$[1].id").isEqualTo("cosm-drenthe")
                    .jsonPath("$[1].locations[0].gender").isEqualTo("MAN")
                    .jsonPath("$[1].locations[0].catchment").isEqualTo("LANDELIJK")
                    .jsonPath("$[1].locations[0].publishesCapacity").isEqualTo(false)
                    .jsonPath("$[3].locations[0].maxAge").isEqualTo(17)
                    .jsonPath("$[3].locations[0].minAge").doesNotExist();
        }
        api.mutateWith(user(ZAANSTREEK, "zorgcoordinator")).get().uri("/api/care/providers").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(1)
                .jsonPath("$[0].id").isEqualTo(QUERIDO);
        api.mutateWith(user("ijsselland", "zorgcoordinator")).get().uri("/api/care/providers").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(0);
    }

    @Test
    void aProviderSeesOnlyItselfAndAnotherRegionsProviderNotAtAll() {
        api.mutateWith(provider("rotterdam", "humanitas-rotterdam")).get().uri("/api/care/providers").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(1)
                .jsonPath("$[0].id").isEqualTo("humanitas-rotterdam");
        // a provider id of another region in a token of this region finds nothing
        api.mutateWith(provider(ZAANSTREEK, "scharlaken-koord")).get().uri("/api/care/providers").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(0);
    }

    // ---- publishCapacity ----

    @Test
    void publishCapacityWithoutTokenAnswers401() {
        unauthenticated(http.put().uri(NOODBED_PATH).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(publication(10, 5, Instant.now())).exchange());
    }

    @Test
    void onlyAProviderPublishesCapacity() {
        for (String role : List.of("zorgcoordinator", "regio-beheerder", "aandachtsfunctionaris")) {
            forbidden(put(user(ZAANSTREEK, role), NOODBED_PATH, publication(10, 5, Instant.now())));
        }
    }

    @Test
    void aProviderPublishesForItsOwnLocationAndTheZorgcoordinatorSeesIt() {
        Instant counted = Instant.now().minusSeconds(60).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        put(querido(), NOODBED_PATH, publication(10, 6, counted))
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.providerId").isEqualTo(QUERIDO)
                .jsonPath("$.locationId").isEqualTo("querido-noodbed")
                .jsonPath("$.placementType").isEqualTo("NOODBED")
                .jsonPath("$.maximum").isEqualTo(10)
                .jsonPath("$.available").isEqualTo(6)
                .jsonPath("$.reserved").isEqualTo(0)
                .jsonPath("$.free").isEqualTo(6)
                .jsonPath("$.updatedAt").isEqualTo(counted.toString())
                .jsonPath("$.stale").isEqualTo(false);
        api.mutateWith(user(ZAANSTREEK, "zorgcoordinator")).get().uri("/api/care/capacity").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(3)
                .jsonPath("$[0].locationId").isEqualTo("querido-noodbed")
                .jsonPath("$[0].available").isEqualTo(6)
                .jsonPath("$[0].free").isEqualTo(6)
                .jsonPath("$[0].stale").isEqualTo(false);
        assertThat(reservations.reserve(ZAANSTREEK, "querido-noodbed", PlacementType.NOODBED).block()).isTrue();
    }

    @Test
    void anotherProvidersLocationAnswers404() {
        // the path names the provider itself, the location is another provider's (kennemerland's, another region)
        put(querido(), "/api/care/providers/hvo-querido/locations/scharlaken-koord-opvang/capacity/SPECIALISTISCHE_OPVANG",
                publication(10, 5, Instant.now())).expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo("urn:mensenhandel:problem:not-found");
        // the path names another provider
        put(querido(), "/api/care/providers/scharlaken-koord/locations/scharlaken-koord-opvang/capacity/SPECIALISTISCHE_OPVANG",
                publication(10, 5, Instant.now())).expectStatus().isNotFound();
        // the same region, another provider's location (Rotterdam: Humanitas on cosm-drenthe's)
        put(provider("rotterdam", "humanitas-rotterdam"),
                "/api/care/providers/humanitas-rotterdam/locations/cosm-drenthe-mannen/capacity/COSM",
                publication(10, 5, Instant.now())).expectStatus().isNotFound();
        put(provider("rotterdam", "humanitas-rotterdam"),
                "/api/care/providers/cosm-drenthe/locations/cosm-drenthe-mannen/capacity/COSM",
                publication(10, 5, Instant.now())).expectStatus().isNotFound();
        // a location that does not exist
        put(querido(), "/api/care/providers/hvo-querido/locations/nergens/capacity/NOODBED",
                publication(10, 5, Instant.now())).expectStatus().isNotFound();
        assertThat(mongo.count(new Query(), LocationCapacity.class).block()).isZero();
    }

    @Test
    void theSameLocationIdInAnotherRegionIsNotReachable() {
        // Scharlaken Koord's client (kennemerland) on a Zaanstreek location: 404, nothing stored
        put(provider(KENNEMERLAND, "scharlaken-koord"),
                "/api/care/providers/scharlaken-koord/locations/querido-noodbed/capacity/NOODBED",
                publication(10, 5, Instant.now())).expectStatus().isNotFound();
        assertThat(mongo.count(new Query(), LocationCapacity.class).block()).isZero();
    }

    @Test
    void ruleTypeOfferedByLocationAnswers422() {
        rejected(put(querido(), "/api/care/providers/hvo-querido/locations/querido-noodbed/capacity/COSM",
                publication(10, 5, Instant.now())), "type-offered-by-location");
    }

    @Test
    void ruleAvailableWithinMaximumAnswers422() {
        rejected(put(querido(), NOODBED_PATH, publication(5, 6, Instant.now())), "available-within-maximum");
    }

    @Test
    void ruleCountedNotInFutureAnswers422ButAllowsClockSkew() {
        rejected(put(querido(), NOODBED_PATH, publication(5, 5, Instant.now().plus(Duration.ofMinutes(10)))),
                "counted-not-in-future");
        put(querido(), NOODBED_PATH, publication(5, 5, Instant.now().plus(Duration.ofMinutes(2))))
                .expectStatus().isOk();
    }

    @Test
    void aBadBodyAnswers400NamingTheField() {
        invalidParameter(put(querido(), NOODBED_PATH, Map.of("maximum", -1, "available", 0,
                "updatedAt", Instant.now().toString())), "maximum");
    }

    @Test
    void theSamePublicationAgainChangesNothingAndAnOlderOneIsIgnored() {
        Instant counted = Instant.now().minusSeconds(600).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        put(querido(), NOODBED_PATH, publication(10, 6, counted)).expectStatus().isOk();
        LocationCapacity first = stored("querido-noodbed", PlacementType.NOODBED);

        put(querido(), NOODBED_PATH, publication(10, 6, counted)).expectStatus().isOk()
                .expectBody().jsonPath("$.available").isEqualTo(6);
        assertThat(stored("querido-noodbed", PlacementType.NOODBED)).isEqualTo(first);

        // a late delivery of an earlier count answers the stored state unchanged
        put(querido(), NOODBED_PATH, publication(10, 2, counted.minusSeconds(60))).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.available").isEqualTo(6)
                .jsonPath("$.updatedAt").isEqualTo(counted.toString());
        assertThat(stored("querido-noodbed", PlacementType.NOODBED)).isEqualTo(first);

        // a newer count replaces it
        put(querido(), NOODBED_PATH, publication(10, 3, counted.plusSeconds(60))).expectStatus().isOk()
                .expectBody().jsonPath("$.available").isEqualTo(3).jsonPath("$.free").isEqualTo(3);
    }

    @Test
    void aPublicationKeepsThePlatformsOutstandingReservationsApart() {
        Instant counted = Instant.now().minusSeconds(600);
        put(querido(), NOODBED_PATH, publication(10, 4, counted)).expectStatus().isOk();
        assertThat(reservations.reserve(ZAANSTREEK, "querido-noodbed", PlacementType.NOODBED).block()).isTrue();
        assertThat(reservations.reserve(ZAANSTREEK, "querido-noodbed", PlacementType.NOODBED).block()).isTrue();
        // the provider counts again while both holds are outstanding (and their placements a moment from stored)
        put(querido(), NOODBED_PATH, publication(10, 3, counted.plusSeconds(60))).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.available").isEqualTo(3)
                .jsonPath("$.reserved").isEqualTo(2)
                .jsonPath("$.free").isEqualTo(1);
        // the provider counts fewer available than the platform holds: nothing free, never below zero
        put(querido(), NOODBED_PATH, publication(10, 1, counted.plusSeconds(120))).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.reserved").isEqualTo(2)
                .jsonPath("$.free").isEqualTo(0);
        assertThat(reservations.reserve(ZAANSTREEK, "querido-noodbed", PlacementType.NOODBED).block()).isFalse();
    }

    @Test
    void aPublicationRecountsReservedPlacesFromThePlacementsHealingALostRelease() {
        Instant counted = Instant.now().minusSeconds(600);
        // stored: 3 reserved by the counters, but only 1 placement is still GERESERVEERD (two releases were lost);
        // the counters last changed well before the recount grace
        Instant longAgo = Instant.now().minus(Duration.ofMinutes(10));
        mongo.save(LocationCapacity.counted(ZAANSTREEK, QUERIDO, "querido-noodbed", PlacementType.NOODBED, 10, 5, 3,
                counted, longAgo, longAgo, 7)).block();
        mongo.insert(placement(ZAANSTREEK, "querido-noodbed", PlacementType.NOODBED, PlacementStatus.GERESERVEERD))
                .block();
        mongo.insert(placement(ZAANSTREEK, "querido-noodbed", PlacementType.NOODBED, PlacementStatus.VERLOPEN)).block();
        mongo.insert(placement(ZAANSTREEK, "querido-opvang", PlacementType.SPECIALISTISCHE_OPVANG,
                PlacementStatus.GERESERVEERD)).block();
        mongo.insert(placement(KENNEMERLAND, "querido-noodbed", PlacementType.NOODBED, PlacementStatus.GERESERVEERD))
                .block();

        put(querido(), NOODBED_PATH, publication(10, 5, counted.plusSeconds(60))).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.reserved").isEqualTo(1)
                .jsonPath("$.free").isEqualTo(4);
    }

    @Test
    void noRecountWhileACounterChangedWithinTheGrace() {
        Instant counted = Instant.now().minusSeconds(600);
        // a reservation a moment ago: its placement may not be stored yet, so the counter is the truth
        mongo.save(LocationCapacity.counted(ZAANSTREEK, QUERIDO, "querido-noodbed", PlacementType.NOODBED, 10, 5, 3,
                counted, counted, Instant.now(), 7)).block();

        put(querido(), NOODBED_PATH, publication(10, 5, counted.plusSeconds(60))).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.reserved").isEqualTo(3)
                .jsonPath("$.free").isEqualTo(2);
    }

    // ---- listCapacity ----

    @Test
    void listCapacityWithoutTokenAnswers401AndOtherRoles403() {
        unauthenticated(http.get().uri("/api/care/capacity").exchange());
        for (String role : List.of("regio-beheerder", "aandachtsfunctionaris", "casustafel", "handhaver")) {
            forbidden(api.mutateWith(user(ZAANSTREEK, role)).get().uri("/api/care/capacity").exchange());
        }
    }

    @Test
    void everyLocationAndTypeIsListedNeverPublishedWithoutAvailableAndStale() {
        Instant old = Instant.now().minus(Duration.ofHours(25));
        put(querido(), "/api/care/providers/hvo-querido/locations/querido-opvang/capacity/REGULIERE_OPVANG",
                publication(8, 2, old)).expectStatus().isOk().expectBody().jsonPath("$.stale").isEqualTo(true);

        api.mutateWith(user(ZAANSTREEK, "zorgcoordinator")).get().uri("/api/care/capacity").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(3)
                .jsonPath("$[0].locationId").isEqualTo("querido-noodbed")
                .jsonPath("$[0].placementType").isEqualTo("NOODBED")
                .jsonPath("$[0].available").doesNotExist()
                .jsonPath("$[0].maximum").doesNotExist()
                .jsonPath("$[0].updatedAt").doesNotExist()
                .jsonPath("$[0].stale").isEqualTo(true)
                .jsonPath("$[0].free").isEqualTo(0)
                .jsonPath("$[1].locationId").isEqualTo("querido-opvang")
                .jsonPath("$[1].placementType").isEqualTo("SPECIALISTISCHE_OPVANG")
                .jsonPath("$[1].available").doesNotExist()
                .jsonPath("$[2].placementType").isEqualTo("REGULIERE_OPVANG")
                .jsonPath("$[2].available").isEqualTo(2)
                .jsonPath("$[2].stale").isEqualTo(true);

        api.mutateWith(user(ZAANSTREEK, "zorgcoordinator")).get().uri("/api/care/capacity?placementType=NOODBED")
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(1).jsonPath("$[0].locationId").isEqualTo("querido-noodbed");
    }

    @Test
    void aZorgcoordinatorSeesOnlyTheCapacityOfTheirOwnRegion() {
        put(querido(), NOODBED_PATH, publication(10, 6, Instant.now())).expectStatus().isOk();
        api.mutateWith(user(KENNEMERLAND, "zorgcoordinator")).get().uri("/api/care/capacity").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(1)
                .jsonPath("$[0].locationId").isEqualTo("scharlaken-koord-opvang")
                .jsonPath("$[0].available").doesNotExist();
    }

    @Test
    void aProviderSeesOnlyItsOwnCapacity() {
        api.mutateWith(provider("rotterdam", "humanitas-rotterdam")).get().uri("/api/care/capacity").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(3)
                .jsonPath("$[*].providerId").value(ids -> assertThat((List<Object>) ids)
                        .containsOnly("humanitas-rotterdam"));
        api.mutateWith(user("rotterdam", "zorgcoordinator")).get().uri("/api/care/capacity").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(6);
    }

    @Test
    void aBadPlacementTypeAnswers400() {
        invalidParameter(api.mutateWith(user(ZAANSTREEK, "zorgcoordinator")).get()
                .uri("/api/care/capacity?placementType=HOTEL").exchange(), "placementType");
    }

    private WebTestClient.ResponseSpec put(JwtMutator caller, String path, Object body) {
        return api.mutateWith(caller).put().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange();
    }

    private static void rejected(WebTestClient.ResponseSpec response, String rule) {
        response.expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:mensenhandel:problem:unprocessable")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("rule: " + rule));
    }

    private LocationCapacity stored(String location, PlacementType type) {
        return mongo.findById(LocationCapacity.idOf(ZAANSTREEK, location, type), LocationCapacity.class).block();
    }

    private static Map<String, Object> publication(int maximum, int available, Instant updatedAt) {
        return Map.of("maximum", maximum, "available", available, "updatedAt", updatedAt.toString());
    }

    private static Placement placement(String region, String location, PlacementType type, PlacementStatus status) {
        Instant now = Instant.now();
        return new Placement(UUID.randomUUID().toString(), region, UUID.randomUUID().toString(), type, QUERIDO,
                location, status, null, null, "GM0479", null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, now, 0, null);
    }

    private static JwtMutator user(String region, String role) {
        return TestJwts.user(role + ".test", region, List.of(), role);
    }

    private static JwtMutator provider(String region, String provider) {
        return TestJwts.careProvider("care-provider-" + provider, region, provider, "zorgaanbieder");
    }

    private static JwtMutator querido() {
        return provider(ZAANSTREEK, QUERIDO);
    }
}
