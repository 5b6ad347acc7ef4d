package nl.mensenhandel.care.placements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.data.mongodb.core.query.Query;

import nl.mensenhandel.care.eligibility.EligibilityRequest;
import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;

/** requestPlacement: eligibility first, then one atomic reservation; once per Idempotency-Key. */
class PlacementRequestsApiTest extends PlacementApiTestBase {

    static final Map<String, Object> NOODBED_REQUEST = Map.of("placementType", "NOODBED", "providerId", HUMANITAS,
            "locationId", NOODBED, "informationForProvider", "Spreekt Engels; komt met de politie");

    @Test
    void aPlaceIsReservedAndThePlacementStoredGereserveerdUntilTheHoldRunsOut() {
        places.publish(NOODBED, PlacementType.NOODBED, 2);
        requestPlacement(zorgcoordinator(), TRAJECTORY, "k-1", NOODBED_REQUEST)
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.status").isEqualTo("GERESERVEERD")
                .jsonPath("$.reservedUntil").isEqualTo("2026-11-23T13:00:00Z")
                .jsonPath("$.providerId").isEqualTo(HUMANITAS)
                .jsonPath("$.locationId").isEqualTo(NOODBED)
                .jsonPath("$.trajectoryId").isEqualTo(TRAJECTORY)
                .jsonPath("$.responsibleMunicipalityCode").isEqualTo("GM0599")
                .jsonPath("$.forProvider.gender").isEqualTo("VROUW")
                .jsonPath("$.forProvider.age").isEqualTo(28)
                .jsonPath("$.statusHistory[0].status").isEqualTo("GERESERVEERD")
                .jsonPath("$.statusHistory[0].by").isEqualTo("zc.rotterdam");
        assertThat(places.free(NOODBED, PlacementType.NOODBED)).isEqualTo(1);
        Placement stored = mongo.findOne(new Query(), Placement.class).block();
        assertThat(stored.version()).isZero();
        assertThat(stored.victimGender()).isNotNull();
        assertThat(raw(stored.id()).getString("informationForProvider")).startsWith("enc:v1:");
        assertThat(accessLogEntries("CREATE")).isEqualTo(1);
        // the eligibility rules saw the trajectory's victim, the location and the region's municipalities
        ArgumentCaptor<EligibilityRequest> asked = ArgumentCaptor.forClass(EligibilityRequest.class);
        verify(eligibility).check(asked.capture());
        assertThat(asked.getValue().location().id()).isEqualTo(NOODBED);
        assertThat(asked.getValue().victim().gender().name()).isEqualTo("VROUW");
        assertThat(asked.getValue().regionMunicipalityCodes()).contains("GM0599");
    }

    /** A retry with the same Idempotency-Key answers the first placement and reserves nothing more. */
    @Test
    void aRetryAnswers200WithTheFirstPlacementAndReservesNoSecondPlace() {
        places.publish(NOODBED, PlacementType.NOODBED, 5);
        String first = idOf(requestPlacement(zorgcoordinator(), TRAJECTORY, "retry-1", NOODBED_REQUEST)
                .expectStatus().isCreated());
        String again = idOf(requestPlacement(zorgcoordinator(), TRAJECTORY, "retry-1", NOODBED_REQUEST)
                .expectStatus().isOk());
        assertThat(again).isEqualTo(first);
        assertThat(places.reserved.get()).isEqualTo(1);
        assertThat(places.free(NOODBED, PlacementType.NOODBED)).isEqualTo(4);
        assertThat(mongo.count(new Query(), Placement.class).block()).isEqualTo(1);
        // the same key for another request is refused
        problem(requestPlacement(zorgcoordinator(), TRAJECTORY, "retry-1",
                Map.of("placementType", "NOODBED", "locationId", NOODBED)), 409, "idempotency-key-reused", null);
    }

    @Test
    void noFreePlaceAnswers409AndStoresNothing() {
        places.publish(NOODBED, PlacementType.NOODBED, 0);
        problem(requestPlacement(zorgcoordinator(), TRAJECTORY, "full-1", NOODBED_REQUEST), 409, "no-free-place", null);
        assertThat(mongo.count(new Query(), Placement.class).block()).isZero();
        assertThat(places.reserved.get()).isZero();
    }

    @Test
    void aLocationThatDoesNotPublishIsRequestedOutsideThePlatformWithoutReservation() {
        requestPlacement(zorgcoordinator(), TRAJECTORY, "cosm-1",
                Map.of("placementType", "COSM", "locationId", COSM_MANNEN, "comenshaReference", "CM-1"))
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.status").isEqualTo("AANGEVRAAGD")
                .jsonPath("$.reservedUntil").doesNotExist()
                .jsonPath("$.comenshaReference").isEqualTo("CM-1");
        verify(reservations, never()).reserve(anyString(), anyString(), any());
    }

    @Test
    void cosmWithoutLocationIsAssignedByGender() {
        places.publish(COSM_VROUWEN, PlacementType.COSM, 1);
        requestPlacement(zorgcoordinator(), TRAJECTORY, "cosm-2",
                Map.of("placementType", "COSM", "comenshaReference", "CM-2",
                        "override", Map.of("rule", "minor-to-jeugdzorg", "reason", "vastgelegd")))
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.locationId").isEqualTo(COSM_VROUWEN)
                .jsonPath("$.status").isEqualTo("GERESERVEERD")
                .jsonPath("$.override.reason").isEqualTo("vastgelegd");
    }

    @Test
    void eligibilityRefusesWith422NamingTheRuleAndReservesNothing() {
        places.publish(NOODBED, PlacementType.NOODBED, 1);
        when(eligibility.check(any())).thenReturn(PolicyDecision.rejected("minor-to-jeugdzorg",
                ProblemType.UNPROCESSABLE, "A minor goes to JEUGDZORG"));
        problem(requestPlacement(zorgcoordinator(), TRAJECTORY, "minor-1", NOODBED_REQUEST), 422, "unprocessable",
                "minor-to-jeugdzorg");
        assertThat(places.free(NOODBED, PlacementType.NOODBED)).isEqualTo(1);
        assertThat(mongo.count(new Query(), Placement.class).block()).isZero();
    }

    @Test
    void unknownTrajectoryClosedTrajectoryAndUnknownLocationAreRefused() {
        places.publish(NOODBED, PlacementType.NOODBED, 1);
        problem(requestPlacement(zorgcoordinator(), "6f1c2b7e-0000-4000-8000-0000000000ff", "t-1", NOODBED_REQUEST),
                404, "not-found", null);
        problem(requestPlacement(zorgcoordinator(), CLOSED_TRAJECTORY, "t-2", NOODBED_REQUEST), 409,
                "illegal-transition", "placement-for-open-trajectory");
        problem(requestPlacement(zorgcoordinator(), TRAJECTORY, "t-3",
                Map.of("placementType", "NOODBED", "locationId", "nergens")), 422, "unprocessable",
                "location-in-catalogue");
        problem(requestPlacement(zorgcoordinator(), TRAJECTORY, "t-4",
                Map.of("placementType", "NOODBED", "providerId", "cosm-drenthe", "locationId", NOODBED)), 422,
                "unprocessable", "location-in-catalogue");
        problem(requestPlacement(zorgcoordinator(), TRAJECTORY, "t-5", Map.of("placementType", "NOODBED")), 422,
                "unprocessable", "location-required");
        assertThat(places.free(NOODBED, PlacementType.NOODBED)).isEqualTo(1);
    }

    @Test
    void anotherRegionsZorgcoordinatorGets404() {
        problem(requestPlacement(nl.mensenhandel.platform.testing.TestJwts.user("zc.kennemerland", OTHER_REGION,
                List.of(), "zorgcoordinator"), TRAJECTORY, "r-1", NOODBED_REQUEST), 404, "not-found", null);
    }

    @Test
    void aProviderCannotRequestAndTheKeyIsRequired() {
        problem(requestPlacement(provider(HUMANITAS), TRAJECTORY, "p-1", NOODBED_REQUEST), 403, "forbidden", null);
        api.mutateWith(zorgcoordinator()).post().uri("/api/care/trajectories/" + TRAJECTORY + "/placements")
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON).bodyValue(NOODBED_REQUEST).exchange()
                .expectStatus().isBadRequest();
    }

    /** 20 requests for 5 places with the same in-test counter: exactly 5 placements, never more. */
    @Test
    void concurrentRequestsNeverOverbookTheCounter() {
        places.publish(NOODBED, PlacementType.NOODBED, 5);
        List<Integer> statuses = reactor.core.publisher.Flux.range(0, 20)
                .flatMap(i -> reactor.core.publisher.Mono.fromCallable(() -> requestPlacement(zorgcoordinator(),
                        TRAJECTORY, "many-" + i, NOODBED_REQUEST).returnResult(Document.class).getStatus().value())
                        .subscribeOn(reactor.core.scheduler.Schedulers.boundedElastic()), 8)
                .collectList().block(Duration.ofSeconds(60));
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(5);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(15);
        assertThat(mongo.count(new Query(), Placement.class).block()).isEqualTo(5);
        assertThat(places.free(NOODBED, PlacementType.NOODBED)).isZero();
    }

    /**
     * The same key sent twice at once: whichever way the two interleave (the second replays, or reserves too and then
     * fails to store the same placement), one placement holds one place — a place held by a failed insert is released.
     */
    @Test
    void concurrentRetriesWithOneKeyHoldOnePlace() {
        places.publish(NOODBED, PlacementType.NOODBED, 10);
        List<Integer> statuses = reactor.core.publisher.Flux.range(0, 6)
                .flatMap(i -> reactor.core.publisher.Mono.fromCallable(() -> requestPlacement(zorgcoordinator(),
                        TRAJECTORY, "same-key", NOODBED_REQUEST).returnResult(Document.class).getStatus().value())
                        .subscribeOn(reactor.core.scheduler.Schedulers.boundedElastic()), 6)
                .collectList().block(Duration.ofSeconds(60));
        assertThat(statuses).containsOnly(201, 200);
        assertThat(mongo.count(new Query(), Placement.class).block()).isEqualTo(1);
        assertThat(places.free(NOODBED, PlacementType.NOODBED)).isEqualTo(9);
    }

    @Test
    void theProvidersOnlyLocationOfTheTypeIsTakenWhenNoLocationIsNamed() {
        places.publish(NOODBED, PlacementType.NOODBED, 1);
        requestPlacement(zorgcoordinator(), TRAJECTORY, "provider-only",
                Map.of("placementType", "NOODBED", "providerId", HUMANITAS))
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.locationId").isEqualTo(NOODBED);
    }

    private static String idOf(org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec response) {
        return String.valueOf(response.expectBody(Map.class).returnResult().getResponseBody().get("id"));
    }
}
