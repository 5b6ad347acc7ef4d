package nl.mensenhandel.triage.cases;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import nl.mensenhandel.platform.audit.AccessLog;
import nl.mensenhandel.platform.mongo.Paged;
import nl.mensenhandel.platform.mongo.RegionScopedMongo;
import nl.mensenhandel.platform.tenancy.TenantContext;
import reactor.core.publisher.Mono;

/** Reading casussen of the caller's region (and municipalities, for an AF). Every list is access-logged. */
@Service
public class CasusQueries {

    /** A casus is about possible victims and perpetrators (AVG art. 9/10); the purpose goes into the access log. */
    static final String PURPOSE = "weging en monitoring casussen mensenhandel (AVG art. 6 lid 1 e; ZVH-convenant)";

    private final CasusAccessPolicy access;
    private final RegionScopedMongo mongo;
    private final AccessLog accessLog;

    public CasusQueries(CasusAccessPolicy access, RegionScopedMongo mongo, AccessLog accessLog) {
        this.access = access;
        this.mongo = mongo;
        this.accessLog = accessLog;
    }

    public Mono<Paged<Casus>> list(TenantContext caller, int page, int size) {
        return access.mayRead(caller).enforce(caller).flatMap(c -> {
            Query query = new Query();
            access.visibleMunicipalities(caller)
                    .ifPresent(visible -> query.addCriteria(new Criteria().orOperator(
                            Criteria.where("municipalityCodes").in(visible),
                            Criteria.where("municipalityCode").in(visible))));
            return mongo.page(caller, query, Sort.by(Sort.Direction.DESC, "createdAt"), page, size, Casus.class)
                    .flatMap(result -> accessLog.record(caller, "LIST", "casus", null, null, PURPOSE)
                            .thenReturn(result));
        });
    }
}
