package nl.mensenhandel.enforcement.inspections;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import nl.mensenhandel.platform.audit.AccessLog;
import nl.mensenhandel.platform.mongo.Paged;
import nl.mensenhandel.platform.mongo.RegionScopedMongo;
import nl.mensenhandel.platform.tenancy.TenantContext;
import reactor.core.publisher.Mono;

/** Reading integrated inspections of the caller's region (and municipalities). Every list is access-logged. */
@Service
public class InspectionQueries {

    /** Inspections name addresses and the persons present; the purpose goes into the access log. */
    static final String PURPOSE = "bestuurlijke aanpak mensenhandel: integrale controles (Gemeentewet, Woningwet, APV)";

    private final InspectionAccessPolicy access;
    private final RegionScopedMongo mongo;
    private final AccessLog accessLog;

    public InspectionQueries(InspectionAccessPolicy access, RegionScopedMongo mongo, AccessLog accessLog) {
        this.access = access;
        this.mongo = mongo;
        this.accessLog = accessLog;
    }

    public Mono<Paged<Inspection>> list(TenantContext caller, int page, int size) {
        return access.mayRead(caller).enforce(caller).flatMap(c -> {
            Query query = new Query();
            access.visibleMunicipalities(caller)
                    .ifPresent(visible -> query.addCriteria(Criteria.where("municipalityCode").in(visible)));
            Sort newestFirst = Sort.by(Sort.Order.desc("inspectedAt"), Sort.Order.desc("createdAt"));
            return mongo.page(caller, query, newestFirst, page, size, Inspection.class)
                    .flatMap(result -> accessLog.record(caller, "LIST", "inspection", null, null, PURPOSE)
                            .thenReturn(result));
        });
    }
}
