package nl.mensenhandel.signal.signal;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import nl.mensenhandel.platform.audit.AccessLog;
import nl.mensenhandel.platform.mongo.Paged;
import nl.mensenhandel.platform.mongo.RegionScopedMongo;
import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.tenancy.TenantContext;
import reactor.core.publisher.Mono;
import nl.mensenhandel.signal.links.LinkKind;
import nl.mensenhandel.signal.links.RepeatVictimisation;
import nl.mensenhandel.signal.links.SignalLinkQueries;

/** Reading signals: the AF's work list and detail, the reporter's own view. Personal-data reads are logged. */
@Service
public class SignalQueries {

    /** Signals hold personal data (special categories, AVG art. 9/10); the purpose goes into the access log. */
    public static final String PURPOSE =
            "interne meldroute mensenhandel: beoordelen signaal (Wmo 2015 / AVG art. 6 lid 1 e)";

    public enum Sorting {
        URGENCY, NEWEST, OLDEST, OBSERVED
    }

    public record WorkListFilter(String municipalityCode, SignalStatus status, ExploitationForm form,
            String category, Urgency urgency, Instant observedFrom, Instant observedTo, boolean includeMerged,
            Sorting sorting) {
    }

    public record WorkList(Paged<Signal> page, Map<SignalStatus, Long> statusCounts, Map<String, String> mergedInto) {
    }

    /**
     * @param raw                 every visible signal
     * @param unique              without those merged into another as duplicates
     * @param repeatVictimisation herhaald slachtofferschap: signals about a person already known from another
     *                            signal (SAME_PERSON links), all but the first of each group; never a duplicate
     */
    public record Counts(long raw, long unique, long repeatVictimisation) {
    }


    private final SignalAccessPolicy access;
    private final RegionScopedMongo scoped;
    private final ReactiveMongoTemplate mongo;
    private final AccessLog accessLog;
    private final SignalLinkQueries merged;

    public SignalQueries(SignalAccessPolicy access, RegionScopedMongo scoped, ReactiveMongoTemplate mongo,
            AccessLog accessLog, SignalLinkQueries merged) {
        this.access = access;
        this.scoped = scoped;
        this.mongo = mongo;
        this.accessLog = accessLog;
        this.merged = merged;
    }

    /** A signal the caller may see (AF of a municipality in {@code visibleTo}); else 403/404. Not logged. */
    public Mono<Signal> findVisible(TenantContext caller, String signalId) {
        return access.mayRead(caller).enforce(signalId)
                .flatMap(id -> scoped.findById(caller, id, Signal.class))
                .filter(signal -> access.maySee(caller, signal))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Signal " + signalId)));
    }

    /**
     * A signal the caller may read in full — not an outline reader (residence AF of another region without
     * a disclosure); else 403. For everything that would show more than the outline (e.g. duplicates).
     */
    public Mono<Signal> findReadableInFull(TenantContext caller, String signalId) {
        return findVisible(caller, signalId).flatMap(signal -> (access.outlineOnly(caller, signal)
                ? PolicyDecision.rejected("residence-af-of-another-region-reads-outline-only", ProblemType.FORBIDDEN,
                        "The residence AF of another region reads an outline of this signal only")
                : PolicyDecision.allowed()).enforce(signal));
    }

    /** A signal the caller runs the route for (AF of the exploitation municipality). */
    public Mono<Signal> findWorkable(TenantContext caller, String signalId) {
        return findVisible(caller, signalId).flatMap(signal -> access.mayWork(caller, signal).enforce(signal));
    }

    public Mono<Signal> read(TenantContext caller, String signalId) {
        return (access.readsAsTable(caller) ? findOnTableAgenda(caller, signalId) : findVisible(caller, signalId))
                .flatMap(signal -> accessLog.record(caller, "READ", "signal", signal.id(), dataSubject(signal),
                        PURPOSE).thenReturn(signal));
    }

    /**
     * For the casustafel: a signal of its own region (not one merely shared with it) on the agenda of a casus;
     * another signal of the region 403 ({@link SignalAccessPolicy#tableMayReadOutline}), of another region 404.
     */
    private Mono<Signal> findOnTableAgenda(TenantContext caller, String signalId) {
        return scoped.findById(caller, signalId, Signal.class)
                .filter(signal -> caller.region().equals(signal.region()))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Signal " + signalId)))
                .flatMap(signal -> access.tableMayReadOutline(signal).enforce(signal));
    }

    /** The access log names the persons of a signal by reference, never by content. */
    public static String dataSubject(Signal signal) {
        return signal.holdsPersons() ? "signal:" + signal.id() + "/persons" : null;
    }

    public Mono<WorkList> workList(TenantContext caller, WorkListFilter filter, int page, int size) {
        return access.mayRead(caller).enforce(caller).flatMap(c -> merged.mergedInto(c)).flatMap(mergedInto -> {
            Criteria criteria = workListCriteria(caller, filter, mergedInto.keySet());
            Query query = new Query(criteria);
            if (filter.status() != null) {
                query.addCriteria(Criteria.where("status").is(filter.status()));
            }
            return Mono.zip(scoped.page(caller, query, sort(filter.sorting()), page, size, Signal.class),
                            statusCounts(caller, criteria))
                    .flatMap(t -> accessLog.recordList(caller, "signal",
                                    t.getT1().items().stream().map(Signal::id).toList(), PURPOSE)
                            .thenReturn(new WorkList(t.getT1(), t.getT2(), mergedInto)));
        });
    }

    /** See {@link Counts}: raw, unique (duplicates merged away) and repeat victimisation (SAME_PERSON links). */
    public Mono<Counts> counts(TenantContext caller) {
        return access.mayRead(caller).enforce(caller).flatMap(c -> merged.mergedAway(c)).flatMap(mergedAway -> {
            Criteria visible = Criteria.where("visibleTo").in(caller.municipalities());
            Criteria unique = Criteria.where("visibleTo").in(caller.municipalities()).and("_id").nin(mergedAway);
            Mono<Set<String>> uniqueIds = scoped.aggregate(caller, Signal.class, Document.class,
                            Aggregation.match(unique), Aggregation.project("_id"))
                    .map(row -> String.valueOf(row.get("_id"))).collect(java.util.stream.Collectors.toSet());
            return Mono.zip(scoped.count(caller, new Query(visible), Signal.class), uniqueIds,
                            merged.activeLinks(caller, LinkKind.SAME_PERSON).collectList())
                    .map(t -> new Counts(t.getT1(), t.getT2().size(),
                            RepeatVictimisation.count(t.getT3(), t.getT2())));
        });
    }

    /**
     * The caller's own signals, in every region: a reporter keeps sight of a signal routed or handed over
     * to another region. Deliberately not region-scoped — scoped by the reporter's own subject instead, and
     * (issue 7 §1) by the caller's organisation for what an AF recorded on behalf of that organisation —
     * and only status and feedback leave this service.
     */
    public Mono<Paged<Signal>> reportedBy(TenantContext reporter, int page, int size) {
        Criteria mine = Criteria.where("createdBySubject").is(reporter.subject());
        Query own = new Query(reporter.organisation() == null || reporter.organisation().isBlank() ? mine
                : new Criteria().orOperator(mine, Criteria.where("onBehalfOf.organisation").is(reporter.organisation())));
        Query pageQuery = Query.of(own).with(Sort.by(Sort.Direction.DESC, "createdAt"))
                .skip((long) page * size).limit(size);
        return Mono.zip(mongo.find(pageQuery, Signal.class).collectList(), mongo.count(own, Signal.class))
                .map(t -> new Paged<>(t.getT1(), page, size, t.getT2()));
    }

    private static Criteria workListCriteria(TenantContext caller, WorkListFilter filter, Set<String> mergedAway) {
        Set<String> municipalities = filter.municipalityCode() == null ? caller.municipalities()
                : caller.servesMunicipality(filter.municipalityCode()) ? Set.of(filter.municipalityCode()) : Set.of();
        Criteria criteria = Criteria.where("visibleTo").in(municipalities);
        if (filter.form() != null) {
            // a form suggested by the categories is found too, until the AF decides the forms (contract: listSignals)
            criteria = criteria.orOperator(Criteria.where("forms").is(filter.form()),
                    Criteria.where("suggestedForms").is(filter.form()));
        }
        if (filter.category() != null) {
            criteria = criteria.and("categories").is(filter.category());
        }
        if (filter.urgency() != null) {
            criteria = criteria.and("urgency").is(filter.urgency());
        }
        if (filter.observedFrom() != null || filter.observedTo() != null) {
            Criteria observed = criteria.and("observedAt");
            if (filter.observedFrom() != null) {
                observed = observed.gte(filter.observedFrom());
            }
            if (filter.observedTo() != null) {
                observed = observed.lt(filter.observedTo());
            }
            criteria = observed;
        }
        if (!filter.includeMerged() && !mergedAway.isEmpty()) {
            criteria = criteria.and("_id").nin(mergedAway);
        }
        return criteria;
    }

    private Mono<Map<SignalStatus, Long>> statusCounts(TenantContext caller, Criteria criteria) {
        return scoped.aggregate(caller, Signal.class, Document.class,
                        Aggregation.match(criteria),
                        Aggregation.group("status").count().as("n"))
                .collectList()
                .map(rows -> {
                    Map<SignalStatus, Long> counts = new EnumMap<>(SignalStatus.class);
                    for (SignalStatus status : SignalStatus.values()) {
                        counts.put(status, 0L);
                    }
                    rows.forEach(row -> counts.put(SignalStatus.valueOf(row.getString("_id")),
                            ((Number) row.get("n")).longValue()));
                    return counts;
                });
    }

    private static Sort sort(Sorting sorting) {
        return switch (sorting == null ? Sorting.URGENCY : sorting) {
            case URGENCY -> Sort.by(Sort.Order.desc("urgencyRank"), Sort.Order.desc("createdAt"));
            case NEWEST -> Sort.by(Sort.Direction.DESC, "createdAt");
            case OLDEST -> Sort.by(Sort.Direction.ASC, "createdAt");
            case OBSERVED -> Sort.by(Sort.Direction.DESC, "observedAt");
        };
    }
}
