package nl.mensenhandel.triage.cases;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import nl.mensenhandel.platform.audit.AccessLog;
import nl.mensenhandel.platform.mongo.Paged;
import nl.mensenhandel.platform.mongo.RegionScopedMongo;
import nl.mensenhandel.platform.tenancy.Roles;
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

    /**
     * The casussen the caller may see, as {@link CasusDisclosurePolicy#maySee} decides for one: the table and the
     * beleidsregisseur the whole region; the AF those of their municipalities; the zorgcoordinator those with a
     * care track (a role held beside another adds its casussen).
     */
    public Mono<Paged<Casus>> list(TenantContext caller, int page, int size) {
        return access.mayRead(caller).enforce(caller).flatMap(c -> {
            Query query = new Query();
            if (!caller.hasAnyRole(Roles.CASUSTAFEL, Roles.BELEIDSREGISSEUR)) {
                List<Criteria> visible = new ArrayList<>();
                if (caller.hasRole(Roles.AANDACHTSFUNCTIONARIS)) {
                    visible.add(Criteria.where("municipalityCodes").in(caller.municipalities()));
                    visible.add(Criteria.where("municipalityCode").in(caller.municipalities()));
                }
                if (caller.hasRole(Roles.ZORGCOORDINATOR)) {
                    visible.add(Criteria.where("tracks.type").in(CasusDisclosurePolicy.CARE.stream().map(Enum::name)
                            .toList()));
                }
                query.addCriteria(new Criteria().orOperator(visible));
            }
            return mongo.page(caller, query, Sort.by(Sort.Direction.DESC, "createdAt"), page, size, Casus.class)
                    .flatMap(result -> accessLog.record(caller, "LIST", "casus", null, null, PURPOSE)
                            .thenReturn(result));
        });
    }
}
