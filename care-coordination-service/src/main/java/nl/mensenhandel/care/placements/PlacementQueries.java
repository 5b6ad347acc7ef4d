package nl.mensenhandel.care.placements;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import nl.mensenhandel.platform.audit.AccessLog;
import nl.mensenhandel.platform.mongo.Paged;
import nl.mensenhandel.platform.mongo.RegionScopedMongo;
import nl.mensenhandel.platform.tenancy.TenantContext;
import reactor.core.publisher.Mono;

/** Reading placements of the caller's region (and provider, for a zorgaanbieder). Every list is access-logged. */
@Service
public class PlacementQueries {

    /** A placement tells where a victim stays (AVG art. 9: health, sexual life); the purpose goes into the log. */
    static final String PURPOSE = "zorgcoordinatie slachtoffers mensenhandel: opvang en plaatsing (Wmo 2015 / Jeugdwet)";

    private final PlacementAccessPolicy access;
    private final RegionScopedMongo mongo;
    private final AccessLog accessLog;

    public PlacementQueries(PlacementAccessPolicy access, RegionScopedMongo mongo, AccessLog accessLog) {
        this.access = access;
        this.mongo = mongo;
        this.accessLog = accessLog;
    }

    public Mono<Paged<Placement>> list(TenantContext caller, int page, int size) {
        return access.mayRead(caller).enforce(caller).flatMap(c -> {
            Query query = new Query();
            access.visibleProvider(caller)
                    .ifPresent(provider -> query.addCriteria(Criteria.where("providerId").is(provider)));
            return mongo.page(caller, query, Sort.by(Sort.Direction.DESC, "createdAt"), page, size, Placement.class)
                    .flatMap(result -> accessLog.record(caller, "LIST", "placement", null, null, PURPOSE)
                            .thenReturn(result));
        });
    }
}
