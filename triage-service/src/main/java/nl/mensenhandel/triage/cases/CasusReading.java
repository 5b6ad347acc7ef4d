package nl.mensenhandel.triage.cases;

import org.springframework.stereotype.Service;

import nl.mensenhandel.platform.audit.Access;
import nl.mensenhandel.platform.audit.AccessLog;
import nl.mensenhandel.platform.mongo.RegionScopedMongo;
import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.tenancy.TenantContext;
import nl.mensenhandel.triage.api.model.CasusDetail;
import nl.mensenhandel.triage.tables.TriageConfigurations;
import reactor.core.publisher.Mono;

/**
 * Reading one casus ({@code getCase}): as far as the caller needs to know ({@link CasusDisclosurePolicy}); a
 * casus of another region, or one the caller may not see, answers 404. Every read goes into the access log.
 */
@Service
public class CasusReading {

    private final CasusDisclosurePolicy disclosure;
    private final RegionScopedMongo mongo;
    private final TriageConfigurations configurations;
    private final CasusDetailMapper mapper;
    private final AccessLog accessLog;

    public CasusReading(CasusDisclosurePolicy disclosure, RegionScopedMongo mongo,
            TriageConfigurations configurations, CasusDetailMapper mapper, AccessLog accessLog) {
        this.disclosure = disclosure;
        this.mongo = mongo;
        this.configurations = configurations;
        this.mapper = mapper;
        this.accessLog = accessLog;
    }

    public Mono<CasusDetail> read(TenantContext caller, String caseId) {
        return disclosure.mayReadCases(caller).enforce(caller)
                .flatMap(c -> load(caller, caseId))
                .flatMap(casus -> disclosure.maySee(caller, casus).enforce(casus))
                .flatMap(casus -> detail(caller, casus)
                        .flatMap(detail -> accessLog.record(logEntry(caller, casus, "READ")).thenReturn(detail)));
    }

    /** The casus as the caller may see it now (e.g. after they changed it), without a log entry of its own. */
    public Mono<CasusDetail> detail(TenantContext caller, Casus casus) {
        return configurations.of(casus.region()).map(configuration -> mapper.toApi(caller, casus, configuration));
    }

    /** The casus of the caller's region with this id, or 404. */
    public Mono<Casus> load(TenantContext caller, String caseId) {
        return mongo.findById(caller, caseId, Casus.class)
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Casus")));
    }

    /** An access-log entry about a casus: who, what, about whose data, why (DOMAIN.md §4). */
    public static Access logEntry(TenantContext caller, Casus casus, String action) {
        return Access.by(caller, action, "casus", casus.id())
                .dataSubject("casus:" + casus.id() + "/persons")
                .purpose(CasusQueries.PURPOSE);
    }
}
