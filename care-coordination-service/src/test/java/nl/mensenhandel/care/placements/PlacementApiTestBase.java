package nl.mensenhandel.care.placements;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import nl.mensenhandel.care.capacity.PlaceReservations;
import nl.mensenhandel.care.eligibility.PlacementEligibility;
import nl.mensenhandel.care.notifications.CareNotifications;
import nl.mensenhandel.care.providers.CareLocation;
import nl.mensenhandel.care.providers.CareLocation.Catchment;
import nl.mensenhandel.care.providers.CareLocation.LocationGender;
import nl.mensenhandel.care.providers.CareProviderCatalogue;
import nl.mensenhandel.care.providers.ContraIndication;
import nl.mensenhandel.care.trajectories.ExploitationForm;
import nl.mensenhandel.care.trajectories.Gender;
import nl.mensenhandel.care.trajectories.ResidenceStatus;
import nl.mensenhandel.care.trajectories.ResponsibleMunicipality;
import nl.mensenhandel.care.trajectories.StatusChange;
import nl.mensenhandel.care.trajectories.TrajectoryLookup;
import nl.mensenhandel.care.trajectories.TrajectoryOrigin;
import nl.mensenhandel.care.trajectories.TrajectoryStatus;
import nl.mensenhandel.care.trajectories.VictimProfile;
import nl.mensenhandel.care.trajectories.Zorgtraject;
import nl.mensenhandel.platform.outbox.Outbox;
import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.testing.ApiTestSupport;
import nl.mensenhandel.platform.testing.MutableClock;
import nl.mensenhandel.platform.testing.TestJwts;
import reactor.core.publisher.Mono;

/**
 * The placements API against the embedded store, with the interfaces other packages implement (trajectories,
 * catalogue, eligibility, capacity, notifications) replaced by mocks that delegate to small in-test fakes: a
 * catalogue of Rotterdam's demo locations, one trajectory of an adult woman, a counter of free places per location and
 * type, and notifications as real outbox entries.
 */
@TestPropertySource(properties = { "platform.outbox.enabled=false", "care.jobs.enabled=false" })
@Import(PlacementApiTestBase.FixedClock.class)
abstract class PlacementApiTestBase extends ApiTestSupport {

    static final String REGION = "rotterdam";
    static final String OTHER_REGION = "kennemerland";
    static final String HUMANITAS = "humanitas-rotterdam";
    static final String NOODBED = "humanitas-noodbed";
    static final String COSM_VROUWEN = "humanitas-cosm-vrouwen";
    static final String COSM_MANNEN = "cosm-drenthe-mannen";
    static final String TRAJECTORY = "6f1c2b7e-0000-4000-8000-000000000001";
    static final String CLOSED_TRAJECTORY = "6f1c2b7e-0000-4000-8000-000000000002";
    static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    static final CareLocation NOODBED_LOCATION = new CareLocation(NOODBED, HUMANITAS, "Humanitas noodbed",
            Set.of(PlacementType.NOODBED), LocationGender.ALLE, 18, null, Catchment.REGIO, Set.of(ContraIndication.AGRESSIE),
            5, true);
    static final CareLocation COSM_VROUWEN_LOCATION = new CareLocation(COSM_VROUWEN, HUMANITAS, "COSM vrouwen",
            Set.of(PlacementType.COSM), LocationGender.VROUW, 18, null, Catchment.LANDELIJK, Set.of(), null, true);
    static final CareLocation COSM_MANNEN_LOCATION = new CareLocation(COSM_MANNEN, "cosm-drenthe", "COSM mannen",
            Set.of(PlacementType.COSM), LocationGender.MAN, 18, null, Catchment.LANDELIJK, Set.of(), null, false);
    static final List<CareLocation> LOCATIONS = List.of(NOODBED_LOCATION, COSM_VROUWEN_LOCATION, COSM_MANNEN_LOCATION);

    @TestConfiguration
    static class FixedClock {
        static final MutableClock CLOCK = new MutableClock(NOW);

        @Bean
        Clock clock() {
            return CLOCK;
        }
    }

    /** A tiny counter of free places per region, location and type: what capacity would count, in memory. */
    static final class FakePlaces implements PlaceReservations {
        final Map<String, AtomicInteger> free = new ConcurrentHashMap<>();
        final AtomicInteger reserved = new AtomicInteger();
        final AtomicInteger released = new AtomicInteger();
        final AtomicInteger taken = new AtomicInteger();
        final AtomicInteger vacated = new AtomicInteger();

        void publish(String locationId, PlacementType type, int places) {
            free.put(REGION + "|" + locationId + "|" + type, new AtomicInteger(places));
        }

        int free(String locationId, PlacementType type) {
            AtomicInteger count = free.get(REGION + "|" + locationId + "|" + type);
            return count == null ? 0 : count.get();
        }

        @Override
        public Mono<Boolean> reserve(String region, String locationId, PlacementType type) {
            AtomicInteger count = free.get(region + "|" + locationId + "|" + type);
            boolean held = count != null && count.getAndUpdate(n -> n > 0 ? n - 1 : n) > 0;
            if (held) {
                reserved.incrementAndGet();
            }
            return Mono.just(held);
        }

        @Override
        public Mono<Void> release(String region, String locationId, PlacementType type) {
            released.incrementAndGet();
            free.computeIfAbsent(region + "|" + locationId + "|" + type, k -> new AtomicInteger()).incrementAndGet();
            return Mono.empty();
        }

        @Override
        public Mono<Void> take(String region, String locationId, PlacementType type) {
            taken.incrementAndGet();
            return Mono.empty();
        }

        @Override
        public Mono<Void> vacate(String region, String locationId, PlacementType type) {
            vacated.incrementAndGet();
            free.computeIfAbsent(region + "|" + locationId + "|" + type, k -> new AtomicInteger()).incrementAndGet();
            return Mono.empty();
        }
    }

    @MockitoBean
    TrajectoryLookup trajectories;
    @MockitoBean
    CareProviderCatalogue catalogue;
    @MockitoBean
    PlacementEligibility eligibility;
    @MockitoBean
    PlaceReservations reservations;
    @MockitoBean
    CareNotifications notifications;

    @Autowired
    ReactiveMongoTemplate mongo;
    @Autowired
    Outbox outbox;

    FakePlaces places;
    final Map<String, Zorgtraject> stored = new ConcurrentHashMap<>();

    @BeforeEach
    void fakes() {
        for (String collection : List.of(Placement.COLLECTION, "idempotency_keys", "access_log")) {
            mongo.remove(new Query(), collection).block();
        }
        FixedClock.CLOCK.advance(Duration.between(FixedClock.CLOCK.instant(), NOW));
        places = new FakePlaces();
        when(reservations.reserve(anyString(), anyString(), any())).thenAnswer(call -> places.reserve(
                call.getArgument(0), call.getArgument(1), call.getArgument(2)));
        when(reservations.release(anyString(), anyString(), any())).thenAnswer(call -> places.release(
                call.getArgument(0), call.getArgument(1), call.getArgument(2)));
        when(reservations.take(anyString(), anyString(), any())).thenAnswer(call -> places.take(
                call.getArgument(0), call.getArgument(1), call.getArgument(2)));
        when(reservations.vacate(anyString(), anyString(), any())).thenAnswer(call -> places.vacate(
                call.getArgument(0), call.getArgument(1), call.getArgument(2)));

        when(catalogue.locations(anyString())).thenAnswer(call -> REGION.equals(call.getArgument(0)) ? LOCATIONS : List.of());
        when(catalogue.location(anyString(), anyString())).thenAnswer(call -> REGION.equals(call.getArgument(0))
                ? LOCATIONS.stream().filter(l -> l.id().equals(call.getArgument(1))).findFirst() : Optional.empty());

        when(eligibility.check(any())).thenReturn(PolicyDecision.allowed());
        when(eligibility.cosmLocation(any(), any())).thenAnswer(call -> {
            Gender gender = call.getArgument(0);
            List<CareLocation> locations = call.getArgument(1);
            return locations.stream().filter(l -> l.placementTypes().contains(PlacementType.COSM))
                    .filter(l -> l.gender().name().equals(gender.name())).findFirst();
        });

        stored.clear();
        stored.put(TRAJECTORY, trajectory(TRAJECTORY, TrajectoryStatus.ACTIEF));
        stored.put(CLOSED_TRAJECTORY, trajectory(CLOSED_TRAJECTORY, TrajectoryStatus.AFGESLOTEN));
        when(trajectories.byId(anyString(), anyString())).thenAnswer(call -> Mono.justOrEmpty(
                stored.get((String) call.getArgument(1))).filter(t -> t.region().equals(call.getArgument(0))));

        when(notifications.placementDeclined(any())).thenAnswer(call -> entry(call.getArgument(0), "PLAATSING_AFGEWEZEN"));
        when(notifications.reservationExpired(any())).thenAnswer(call -> entry(call.getArgument(0), "RESERVERING_VERLOPEN"));
        when(notifications.noodbedRunningOut(any())).thenAnswer(call -> entry(call.getArgument(0), "NOODBED_LOOPT_AF"));
    }

    /** A notification as the notifications package would write it: a real outbox entry, payload sealed. */
    Document entry(Placement placement, String kind) {
        return outbox.entry(placement.region(), placement.id(), placement.id() + ":" + kind, "care-notification",
                Map.of("kind", kind)).toDocument();
    }

    static Zorgtraject trajectory(String id, TrajectoryStatus status) {
        VictimProfile victim = new VictimProfile("Anna Testpersoon", LocalDate.of(1998, 5, 17), Gender.VROUW, "NL",
                ResidenceStatus.NEDERLANDER, Set.of(ExploitationForm.SEKSUEEL), "GM0599", "GM0599", null);
        return new Zorgtraject(id, REGION, "RT-ZT-2026-0001",
                new TrajectoryOrigin(TrajectoryOrigin.Kind.ZORGCOORDINATOR, null, null, null, null, null), status,
                List.of(new StatusChange(status.name(), NOW, "zc.rotterdam", null)), victim,
                new ResponsibleMunicipality("GM0599", ResponsibleMunicipality.Basis.BRP, null), List.of(),
                "Opvang regelen", null, List.of(), NOW.minus(Duration.ofDays(1)), "zc.rotterdam", NOW, 1);
    }

    /** A stored placement (written whole: its free texts encrypted by the listener, as any insert). */
    Placement insert(PlacementBuilder builder) {
        return mongo.insert(builder.build()).block();
    }

    static PlacementBuilder placement(PlacementStatus status) {
        return PlacementBuilder.empty().id(UUID.randomUUID().toString()).region(REGION).trajectoryId(TRAJECTORY)
                .placementType(PlacementType.NOODBED).providerId(HUMANITAS).locationId(NOODBED).status(status)
                .statusHistory(List.of(new StatusChange(status.name(), NOW, "zc.rotterdam", null)))
                .reservedUntil(NOW.plus(Duration.ofHours(4))).responsibleMunicipalityCode("GM0599")
                .informationForProvider("Spreekt Engels; komt met de politie").victimGender(Gender.VROUW).victimAge(28)
                .createdAt(NOW).version(0).outbox(List.of());
    }

    Document raw(String id) {
        return mongo.getCollection(Placement.COLLECTION)
                .flatMap(c -> Mono.from(c.find(new Document("_id", id)).first())).block();
    }

    Placement reload(String id) {
        return mongo.findOne(new Query(Criteria.where("_id").is(id)), Placement.class).block();
    }

    long accessLogEntries(String action) {
        return mongo.getCollection("access_log")
                .flatMap(c -> Mono.from(c.countDocuments(new Document("action", action)))).block();
    }

    static JwtMutator zorgcoordinator() {
        return TestJwts.user("zc.rotterdam", REGION, List.of(), "zorgcoordinator");
    }

    static JwtMutator provider(String provider) {
        return TestJwts.careProvider("care-provider-" + provider, REGION, provider, "zorgaanbieder");
    }

    WebTestClient.ResponseSpec post(JwtMutator caller, String path, Object body) {
        return api.mutateWith(caller).post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    WebTestClient.ResponseSpec requestPlacement(JwtMutator caller, String trajectoryId, String key, Object body) {
        return api.mutateWith(caller).post().uri("/api/care/trajectories/" + trajectoryId + "/placements")
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    static void problem(WebTestClient.ResponseSpec response, int status, String type, String rule) {
        response.expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:mensenhandel:problem:" + type)
                .jsonPath("$.detail").value(detail -> {
                    if (rule != null && !String.valueOf(detail).contains(rule)) {
                        throw new AssertionError("detail does not name rule " + rule + ": " + detail);
                    }
                });
    }
}
