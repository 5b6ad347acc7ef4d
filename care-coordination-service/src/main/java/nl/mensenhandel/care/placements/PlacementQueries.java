package nl.mensenhandel.care.placements;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import nl.mensenhandel.platform.audit.AccessLog;
import nl.mensenhandel.platform.mongo.Paged;
import nl.mensenhandel.platform.mongo.RegionScopedMongo;
import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.tenancy.TenantContext;
import reactor.core.publisher.Mono;

/**
 * Reading placements of the caller's region (and provider, for a zorgaanbieder). Every list and read is
 * access-logged.
 */
@Service
public class PlacementQueries {

    /** A placement tells where a victim stays (AVG art. 9: health, sexual life); the purpose goes into the log. */
    static final String PURPOSE = "zorgcoordinatie slachtoffers mensenhandel: opvang en plaatsing (Wmo 2015 / Jeugdwet)";
    static final String RESOURCE = "placement";

    /** The filters of the list (each optional). */
    public record Filter(PlacementStatus status, String trajectoryId) {
    }

    private final PlacementAccessPolicy access;
    private final RegionScopedMongo mongo;
    private final AccessLog accessLog;

    public PlacementQueries(PlacementAccessPolicy access, RegionScopedMongo mongo, AccessLog accessLog) {
        this.access = access;
        this.mongo = mongo;
        this.accessLog = accessLog;
    }

    public Mono<Paged<Placement>> list(TenantContext caller, Filter filter, int page, int size) {
        return access.mayRead(caller).enforce(caller).flatMap(c -> {
            Query query = new Query();
            access.visibleProvider(caller)
                    .ifPresent(provider -> query.addCriteria(Criteria.where("providerId").is(provider)));
            if (filter.status() != null) {
                query.addCriteria(Criteria.where("status").is(filter.status().name()));
            }
            if (filter.trajectoryId() != null) {
                query.addCriteria(Criteria.where("trajectoryId").is(filter.trajectoryId()));
            }
            return mongo.page(caller, query, Sort.by(Sort.Direction.DESC, "createdAt"), page, size, Placement.class)
                    .flatMap(result -> accessLog.recordList(caller, RESOURCE,
                            result.items().stream().map(Placement::id).toList(), PURPOSE).thenReturn(result));
        });
    }

    /** One placement the caller may see, access-logged; another region's or another provider's answers 404. */
    public Mono<Placement> get(TenantContext caller, String placementId) {
        return access.mayRead(caller).enforce(caller)
                .flatMap(c -> visible(caller, placementId))
                .flatMap(placement -> accessLog.record(caller, "READ", RESOURCE, placement.id(),
                        placement.trajectoryId(), PURPOSE).thenReturn(placement));
    }

    /**
     * The placement if the caller may see it (region, and provider for a zorgaanbieder), else 404 — never 403, so
     * a provider cannot learn that another provider's placement exists. Not access-logged: the caller logs what it
     * does with it.
     */
    Mono<Placement> visible(TenantContext caller, String placementId) {
        return mongo.findById(caller, placementId, Placement.class)
                .filter(placement -> access.visibleProvider(caller)
                        .map(provider -> provider.equals(placement.providerId())).orElse(true))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Placement")));
    }

    /** Any placement of the caller's region by id (for a rule that compares placements), or empty. */
    Mono<Placement> inRegion(TenantContext caller, String placementId) {
        return mongo.findById(caller, placementId, Placement.class);
    }
}
