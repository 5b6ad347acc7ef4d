package nl.mensenhandel.enforcement.inspections;

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
 * Reading integrated inspections of the caller's region within the caller's scope ({@link InspectionAccessPolicy}).
 * Every list and read is access-logged; an inspection outside the scope answers 404 like one of another region.
 */
@Service
public class InspectionQueries {

    /** Inspections name addresses and the persons present; the purpose goes into the access log. */
    public static final String PURPOSE = "bestuurlijke aanpak mensenhandel: integrale controles (Gemeentewet, Woningwet, APV)";

    private final InspectionAccessPolicy access;
    private final RegionScopedMongo mongo;
    private final AccessLog accessLog;

    public InspectionQueries(InspectionAccessPolicy access, RegionScopedMongo mongo, AccessLog accessLog) {
        this.access = access;
        this.mongo = mongo;
        this.accessLog = accessLog;
    }

    public Mono<Paged<Inspection>> list(TenantContext caller, int page, int size, InspectionStatus status) {
        return access.mayList(caller).enforce(caller).flatMap(c -> {
            Query query = new Query();
            Criteria scope = access.listScope(caller);
            if (scope != null) {
                query.addCriteria(scope);
            }
            if (status != null) {
                query.addCriteria(Criteria.where("status").is(status.name()));
            }
            Sort newestFirst = Sort.by(Sort.Order.desc("inspectedAt"), Sort.Order.desc("createdAt"));
            return mongo.page(caller, query, newestFirst, page, size, Inspection.class)
                    .flatMap(result -> accessLog.recordList(caller, "inspection",
                            result.items().stream().map(Inspection::id).toList(), PURPOSE).thenReturn(result));
        });
    }

    /** An inspection whose details the caller may read (handhaver in scope, casustafel for TAFEL), else 404. */
    public Mono<Inspection> readable(TenantContext caller, String id) {
        return access.mayRead(caller).enforce(caller)
                .then(mongo.findById(caller, id, Inspection.class))
                .filter(inspection -> access.mayRead(caller, inspection))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Inspection")));
    }

    /** An inspection the caller may add findings and attachments to (handhaver in scope), else 404. */
    public Mono<Inspection> writable(TenantContext caller, String id) {
        return access.mayWrite(caller).enforce(caller)
                .then(mongo.findById(caller, id, Inspection.class))
                .filter(inspection -> access.mayWrite(caller, inspection))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Inspection")));
    }

    /** getInspection: the details, access-logged. */
    public Mono<Inspection> get(TenantContext caller, String id) {
        return readable(caller, id).flatMap(inspection -> accessLog
                .record(caller, "READ", "inspection", id, null, PURPOSE).thenReturn(inspection));
    }
}
