package nl.mensenhandel.signal.signals;

import java.util.Set;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import nl.mensenhandel.platform.audit.AccessLog;
import nl.mensenhandel.platform.mongo.RegionScopedMongo;
import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.tenancy.TenantContext;
import reactor.core.publisher.Mono;

/** Reading signals, for the aandachtsfunctionaris of their municipalities. Every read is access-logged. */
@Service
public class SignalQueries {

    /** Signals hold personal data (special categories, AVG art. 9/10); the purpose goes into the access log. */
    static final String PURPOSE = "interne meldroute mensenhandel: beoordelen signaal (Wmo 2015 / AVG art. 6 lid 1 e)";

    public record Page(java.util.List<Signal> items, int number, int size, long totalElements) {
    }

    private final SignalAccessPolicy access;
    private final RegionScopedMongo mongo;
    private final AccessLog accessLog;

    public SignalQueries(SignalAccessPolicy access, RegionScopedMongo mongo, AccessLog accessLog) {
        this.access = access;
        this.mongo = mongo;
        this.accessLog = accessLog;
    }

    public Mono<Signal> read(TenantContext caller, String signalId) {
        return access.mayRead(caller).enforce(signalId)
                .flatMap(id -> mongo.findById(caller, id, Signal.class))
                .filter(signal -> access.servesSignal(caller, signal))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Signal " + signalId)))
                .flatMap(signal -> accessLog.record(caller, "READ", "signal", signal.id(), null, PURPOSE)
                        .thenReturn(signal));
    }

    public Mono<Page> list(TenantContext caller, int page, int size, String municipalityCode, SignalStatus status) {
        return access.mayRead(caller).enforce(caller).flatMap(c -> {
            Set<String> visible = municipalityCode == null ? caller.municipalities()
                    : caller.servesMunicipality(municipalityCode) ? Set.of(municipalityCode) : Set.of();
            Query query = new Query(Criteria.where("municipalityCode").in(visible));
            if (status != null) {
                query.addCriteria(Criteria.where("status").is(status));
            }
            Query pageQuery = Query.of(query).with(Sort.by(Sort.Direction.DESC, "createdAt"))
                    .skip((long) page * size).limit(size);
            return mongo.find(caller, pageQuery, Signal.class).collectList()
                    .zipWith(mongo.count(caller, query, Signal.class))
                    .flatMap(result -> accessLog.record(caller, "LIST", "signal", null, null, PURPOSE)
                            .thenReturn(new Page(result.getT1(), page, size, result.getT2())));
        });
    }
}
