package nl.mensenhandel.care.capacity;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import nl.mensenhandel.care.placements.Placement;
import nl.mensenhandel.care.placements.PlacementStatus;
import nl.mensenhandel.care.placements.PlacementType;
import nl.mensenhandel.care.providers.CareLocation;
import nl.mensenhandel.care.providers.CareProviderCatalogue;
import nl.mensenhandel.platform.mongo.RegionScopedMongo;
import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.tenancy.TenantContext;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Live capacity: a provider publishes per location and type ({@code publishCapacity}), the zorgcoordinator reads
 * the region's ({@code listCapacity}). Capacity carries no personal data, so it is not access-logged and needs no
 * retention rule (one document per location and type of the catalogue, overwritten by each publication).
 */
@Service
@EnableConfigurationProperties(CapacityProperties.class)
public class Capacities {

    /** Attempts of a publication against concurrent reservations before answering 409. */
    static final int MAX_ATTEMPTS = 16;

    /** What the provider counted. */
    public record Publication(int maximum, int available, Instant updatedAt) {
    }

    /** One location and type as listed: {@code stored} is null when nobody ever published for it. */
    public record View(CareLocation location, PlacementType type, LocationCapacity stored, boolean stale) {
    }

    private final CareProviderCatalogue catalogue;
    private final ReactiveMongoTemplate mongo;
    private final RegionScopedMongo regionMongo;
    private final CapacityProperties properties;
    private final Clock clock;

    public Capacities(CareProviderCatalogue catalogue, ReactiveMongoTemplate mongo, RegionScopedMongo regionMongo,
            CapacityProperties properties, Clock clock) {
        this.catalogue = catalogue;
        this.mongo = mongo;
        this.regionMongo = regionMongo;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Stores the provider's count for its own location and type. Another provider's location, an unknown one and one
     * of another region answer 404 alike; the rules answer 422. A publication counted no later than the stored one
     * changes nothing and answers the stored state (retries and late deliveries are safe).
     */
    public Mono<View> publish(TenantContext caller, String providerId, String locationId, PlacementType type,
            Publication publication) {
        return CapacityAccessPolicy.mayPublish(caller).enforce(caller)
                .flatMap(c -> Mono.justOrEmpty(catalogue.location(c.region(), locationId)
                        .filter(location -> location.providerId().equals(providerId)
                                && providerId.equals(c.provider())))
                        .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Location"))))
                .flatMap(location -> CapacityRules.typeOfferedByLocation(location, type).enforce(location))
                .flatMap(location -> CapacityRules
                        .availableWithinMaximum(publication.maximum(), publication.available()).enforce(location))
                .flatMap(location -> CapacityRules.countedNotInFuture(publication.updatedAt(), clock.instant())
                        .enforce(location))
                .flatMap(location -> store(caller.region(), location, type, publication, 1)
                        .map(stored -> view(location, type, stored)));
    }

    /** Every location and type of the catalogue the caller may see, in catalogue order, with what was published. */
    public Flux<View> list(TenantContext caller, PlacementType onlyType) {
        return CapacityAccessPolicy.mayRead(caller).enforce(caller).flatMapMany(c -> {
            boolean ownOnly = CapacityAccessPolicy.seesOnlyOwnProvider(c);
            List<CareLocation> locations = catalogue.locations(c.region()).stream()
                    .filter(location -> !ownOnly || location.providerId().equals(c.provider()))
                    .toList();
            Query query = new Query();
            if (ownOnly) {
                query.addCriteria(where("providerId").is(c.provider()));
            }
            return regionMongo.find(c, query, LocationCapacity.class)
                    .collectMap(LocationCapacity::id)
                    .flatMapIterable(stored -> views(c.region(), locations, onlyType, stored));
        });
    }

    private List<View> views(String region, List<CareLocation> locations, PlacementType onlyType,
            Map<String, LocationCapacity> stored) {
        return locations.stream()
                .flatMap(location -> location.placementTypes().stream()
                        .filter(type -> onlyType == null || onlyType == type)
                        .sorted(Comparator.naturalOrder())
                        .map(type -> view(location, type,
                                stored.get(LocationCapacity.idOf(region, location.id(), type)))))
                .toList();
    }

    private View view(CareLocation location, PlacementType type, LocationCapacity stored) {
        boolean stale = stored == null
                || stored.updatedAt().isBefore(clock.instant().minus(properties.staleAfter()));
        return new View(location, type, stored, stale);
    }

    /**
     * Writes the publication conditionally on the version read, so a reservation between the read and the write is
     * never overwritten: the write misses and is tried again with the new counters.
     */
    private Mono<LocationCapacity> store(String region, CareLocation location, PlacementType type,
            Publication publication, int attempt) {
        String id = LocationCapacity.idOf(region, location.id(), type);
        return mongo.findById(id, LocationCapacity.class).map(Optional::of).defaultIfEmpty(Optional.empty())
                .flatMap(current -> {
                    if (current.isPresent() && !publication.updatedAt().isAfter(current.get().updatedAt())) {
                        return Mono.just(current.get());
                    }
                    Instant now = clock.instant();
                    return reserved(region, location.id(), type, current, now).flatMap(reserved -> {
                        LocationCapacity next = LocationCapacity.counted(region, location.providerId(), location.id(),
                                type, publication.maximum(), publication.available(), reserved,
                                publication.updatedAt(), now,
                                current.map(LocationCapacity::countersChangedAt).orElse(null),
                                current.map(c -> c.version() + 1).orElse(0L));
                        Mono<Boolean> written = current.isEmpty()
                                ? mongo.insert(next).thenReturn(true)
                                        .onErrorResume(DuplicateKeyException.class, duplicate -> Mono.just(false))
                                : mongo.replace(new Query(where("_id").is(id)
                                                .and(LocationCapacity.VERSION).is(current.get().version())), next)
                                        .map(result -> result.getMatchedCount() == 1);
                        return written.flatMap(ok -> {
                            if (ok) {
                                return Mono.just(next);
                            }
                            if (attempt < MAX_ATTEMPTS) {
                                return store(region, location, type, publication, attempt + 1);
                            }
                            return Mono.error(new ApiProblem(ProblemType.CONFLICT,
                                    "The capacity changed concurrently; publish again."));
                        });
                    });
                });
    }

    /**
     * The places reserved through the platform: recounted from the placements ({@code GERESERVEERD} at this location
     * and type) — which heals a counter update that was lost, e.g. a release that never ran because the service
     * stopped — unless a counter changed within {@code care.capacity.recount-grace}: then a placement may be a few
     * milliseconds from being stored or moved on, and the counter is the truth.
     */
    private Mono<Integer> reserved(String region, String locationId, PlacementType type,
            Optional<LocationCapacity> current, Instant now) {
        boolean recentlyChanged = current.map(LocationCapacity::countersChangedAt)
                .filter(changed -> changed.isAfter(now.minus(properties.recountGrace())))
                .isPresent();
        if (recentlyChanged) {
            return Mono.just(current.get().reserved());
        }
        return mongo.count(new Query(where("region").is(region).and("locationId").is(locationId)
                        .and("placementType").is(type).and("status").is(PlacementStatus.GERESERVEERD)),
                Placement.class)
                .map(Math::toIntExact);
    }
}
