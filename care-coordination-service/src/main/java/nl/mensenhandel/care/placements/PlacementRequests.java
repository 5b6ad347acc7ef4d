package nl.mensenhandel.care.placements;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import nl.mensenhandel.care.capacity.PlaceReservations;
import nl.mensenhandel.care.eligibility.EligibilityOverride;
import nl.mensenhandel.care.eligibility.EligibilityRequest;
import nl.mensenhandel.care.eligibility.PlacementEligibility;
import nl.mensenhandel.care.providers.CareLocation;
import nl.mensenhandel.care.providers.CareProviderCatalogue;
import nl.mensenhandel.care.trajectories.StatusChange;
import nl.mensenhandel.care.trajectories.TrajectoryLookup;
import nl.mensenhandel.care.trajectories.TrajectoryStatus;
import nl.mensenhandel.care.trajectories.Zorgtraject;
import nl.mensenhandel.platform.audit.AccessLog;
import nl.mensenhandel.platform.idempotency.IdempotentCommands;
import nl.mensenhandel.platform.idempotency.IdempotentOutcome;
import nl.mensenhandel.platform.mongo.RegionScopedMongo;
import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.tenancy.Municipality;
import nl.mensenhandel.platform.tenancy.MunicipalityRegistry;
import nl.mensenhandel.platform.tenancy.TenantContext;
import reactor.core.publisher.Mono;

/**
 * Requests a placement for a trajectory's victim (issue 9 capability 5): the trajectory must be open, the location
 * known in the region's catalogue, the eligibility rules must allow it (in their written order, docs/care.md), and
 * then — for a location whose provider publishes capacity — one place is reserved atomically
 * ({@link PlaceReservations}) before the placement is stored {@code GERESERVEERD} until {@code care.reservation.hold}
 * runs out. No free place: 409 {@code no-free-place} and nothing stored. A provider that does not publish is asked
 * outside the platform: {@code AANGEVRAAGD}, no reservation. Once per Idempotency-Key: a retry answers the placement
 * requested first and reserves nothing more.
 */
@Service
public class PlacementRequests {

    /** Dates (a victim's age) are counted in the Netherlands. */
    static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    public static final String OPEN_TRAJECTORY = "placement-for-open-trajectory";
    public static final String LOCATION_IN_CATALOGUE = "location-in-catalogue";
    public static final String LOCATION_REQUIRED = "location-required";
    public static final String COSM_LOCATION_FOR_GENDER = "cosm-location-for-gender";

    /** What the zorgcoördinator asks (the contract's NewPlacement, decoded). */
    public record Request(PlacementType placementType, String providerId, String locationId, String comenshaReference,
            EligibilityOverride override, String informationForProvider) {
    }

    /** What the Idempotency-Key's fingerprint covers: the trajectory and the request. */
    record Fingerprinted(String trajectoryId, Request request) {
    }

    private final PlacementAccessPolicy access;
    private final TrajectoryLookup trajectories;
    private final CareProviderCatalogue catalogue;
    private final PlacementEligibility eligibility;
    private final PlaceReservations reservations;
    private final IdempotentCommands idempotent;
    private final RegionScopedMongo mongo;
    private final AccessLog accessLog;
    private final Clock clock;
    private final Duration hold;
    private final MunicipalityRegistry municipalities = MunicipalityRegistry.load();

    public PlacementRequests(PlacementAccessPolicy access, TrajectoryLookup trajectories,
            CareProviderCatalogue catalogue, PlacementEligibility eligibility,
            PlaceReservations reservations, IdempotentCommands idempotent, RegionScopedMongo mongo,
            AccessLog accessLog, Clock clock, @Value("${care.reservation.hold:PT4H}") Duration hold) {
        this.access = access;
        this.trajectories = trajectories;
        this.catalogue = catalogue;
        this.eligibility = eligibility;
        this.reservations = reservations;
        this.idempotent = idempotent;
        this.mongo = mongo;
        this.accessLog = accessLog;
        this.clock = clock;
        this.hold = hold;
    }

    public Mono<IdempotentOutcome<Placement>> request(TenantContext caller, String trajectoryId, String idempotencyKey,
            Request request) {
        if (idempotencyKey == null) {
            return Mono.error(ApiProblem.invalidField(IdempotentCommands.HEADER, "is required"));
        }
        String scope = caller.region() + "|" + caller.subject() + "|placements.request";
        // the trajectory first: another region's (or an unknown) trajectory answers 404 whatever the key — a key the
        // caller used for its own trajectory must not answer 409 about one it may not know of (access-matrix.yaml)
        return access.mayRequest(caller).enforce(caller)
                .flatMap(c -> trajectories.byId(caller.region(), trajectoryId)
                        .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Trajectory"))))
                .flatMap(known -> idempotent.run(scope, idempotencyKey, new Fingerprinted(trajectoryId, request),
                        id -> create(caller, known, request, id),
                        id -> mongo.findById(caller, id, Placement.class)));
    }

    private Mono<Placement> create(TenantContext caller, Zorgtraject known, Request request, String id) {
        return openTrajectory(known).enforce(known)
                .flatMap(trajectory -> location(caller.region(), trajectory, request)
                        .flatMap(location -> eligible(caller, trajectory, request, location).enforce(location))
                        .flatMap(location -> store(caller, trajectory, request, location, id)))
                .flatMap(stored -> accessLog.record(caller, "CREATE", PlacementQueries.RESOURCE, stored.id(),
                        stored.trajectoryId(), PlacementQueries.PURPOSE).thenReturn(stored));
    }

    /**
     * Rule {@value #OPEN_TRAJECTORY}: a closed trajectory (AFGESLOTEN) gets no new placement — 409
     * {@code illegal-transition}, as any change of a closed trajectory (docs/care.md "Trajectories").
     */
    static PolicyDecision openTrajectory(Zorgtraject trajectory) {
        return trajectory.status() == TrajectoryStatus.AFGESLOTEN
                ? PolicyDecision.rejected(OPEN_TRAJECTORY, ProblemType.ILLEGAL_TRANSITION,
                        "The trajectory is closed; a placement needs an open trajectory")
                : PolicyDecision.allowed();
    }

    /**
     * The location asked for, from the region's catalogue (rule {@value #LOCATION_IN_CATALOGUE}: an unknown location,
     * or one of another provider than the one named, answers 422). Without a location: for COSM the location is
     * assigned by the victim's gender (DOMAIN.md §5; rule {@value #COSM_LOCATION_FOR_GENDER} when the region has none
     * for it); for another type the named provider's only location offering it (rule {@value #LOCATION_REQUIRED}
     * otherwise).
     */
    private Mono<CareLocation> location(String region, Zorgtraject trajectory, Request request) {
        if (request.locationId() != null) {
            return Mono.justOrEmpty(catalogue.location(region, request.locationId()))
                    .filter(location -> request.providerId() == null
                            || request.providerId().equals(location.providerId()))
                    .switchIfEmpty(rejected(LOCATION_IN_CATALOGUE, "locationId names no location of the region's"
                            + " catalogue" + (request.providerId() == null ? "" : " of provider " + request.providerId())));
        }
        List<CareLocation> candidates = catalogue.locations(region).stream()
                .filter(location -> request.providerId() == null || request.providerId().equals(location.providerId()))
                .toList();
        if (request.placementType() == PlacementType.COSM) {
            if (trajectory.victim().gender() == null) {
                return rejected(COSM_LOCATION_FOR_GENDER, "COSM is assigned by gender: record the victim's gender or"
                        + " name the locationId");
            }
            return Mono.justOrEmpty(eligibility.cosmLocation(trajectory.victim().gender(), candidates))
                    .switchIfEmpty(rejected(COSM_LOCATION_FOR_GENDER,
                            "The region's catalogue has no COSM location for the victim's gender"));
        }
        List<CareLocation> offering = request.providerId() == null ? List.of()
                : candidates.stream().filter(location -> location.placementTypes().contains(request.placementType()))
                        .toList();
        return offering.size() == 1 ? Mono.just(offering.get(0))
                : rejected(LOCATION_REQUIRED, "Name the locationId (for COSM it may be assigned by gender)");
    }

    private PolicyDecision eligible(TenantContext caller, Zorgtraject trajectory, Request request, CareLocation location) {
        Set<String> regionCodes = municipalities.inRegion(caller.region()).stream().map(Municipality::code)
                .collect(Collectors.toUnmodifiableSet());
        return eligibility.check(new EligibilityRequest(trajectory.victim(), today(), request.placementType(), location,
                request.comenshaReference(), request.override(), regionCodes));
    }

    /**
     * Reserves first, then stores: when no place is free nothing is stored; when the insert fails (e.g. a concurrent
     * retry with the same key stored it first) the place is released again, so a placement holds at most one place.
     */
    private Mono<Placement> store(TenantContext caller, Zorgtraject trajectory, Request request, CareLocation location,
            String id) {
        Instant now = clock.instant();
        boolean reserve = location.publishesCapacity();
        PlacementStatus status = reserve ? PlacementStatus.GERESERVEERD : PlacementStatus.AANGEVRAAGD;
        Placement placement = PlacementBuilder.empty()
                .id(id).region(caller.region()).trajectoryId(trajectory.id()).placementType(request.placementType())
                .providerId(location.providerId()).locationId(location.id()).status(status)
                .statusHistory(List.of(new StatusChange(status.name(), now, PlacementLifecycle.by(caller),
                        reserve ? "plaats gereserveerd" : "aangevraagd buiten het platform")))
                .reservedUntil(reserve ? now.plus(hold) : null)
                .responsibleMunicipalityCode(trajectory.responsibleMunicipality() == null ? null
                        : trajectory.responsibleMunicipality().municipalityCode())
                .comenshaReference(request.comenshaReference()).override(request.override())
                .informationForProvider(request.informationForProvider())
                .victimGender(trajectory.victim().gender()).victimAge(trajectory.victim().ageOn(today()))
                .createdAt(now).version(0).outbox(List.of())
                .build();
        if (!reserve) {
            return mongo.insert(caller, placement);
        }
        return reservations.reserve(caller.region(), location.id(), request.placementType())
                .flatMap(held -> held
                        ? mongo.insert(caller, placement).onErrorResume(failed -> reservations
                                .release(caller.region(), location.id(), request.placementType())
                                .then(Mono.error(failed)))
                        : Mono.error(new ApiProblem(ProblemType.NO_FREE_PLACE, "No free " + request.placementType()
                                + " place at location " + location.id() + "; nothing was reserved.")));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), NETHERLANDS);
    }

    /** A rule about the location refuses: 422 naming it, as {@link PolicyDecision#enforce} words it. */
    private static <T> Mono<T> rejected(String rule, String detail) {
        return Mono.error(new ApiProblem(ProblemType.UNPROCESSABLE, detail + " (rule: " + rule + ")."));
    }
}
