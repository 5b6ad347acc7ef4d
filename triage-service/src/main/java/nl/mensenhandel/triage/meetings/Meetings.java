package nl.mensenhandel.triage.meetings;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import nl.mensenhandel.platform.audit.Access;
import nl.mensenhandel.platform.audit.AccessLog;
import nl.mensenhandel.platform.idempotency.IdempotentCommands;
import nl.mensenhandel.platform.idempotency.IdempotentOutcome;
import nl.mensenhandel.platform.mongo.Paged;
import nl.mensenhandel.platform.mongo.RegionScopedMongo;
import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.tenancy.TenantContext;
import nl.mensenhandel.triage.tables.TriageConfiguration;
import nl.mensenhandel.triage.tables.TriageConfigurations;
import reactor.core.publisher.Mono;

/**
 * Scheduling and reading the meetings of the region's tables (issue 8 §3). A read shows casussen on the agenda,
 * so every read is written to the access log, with the casussen it showed.
 */
@Service
public class Meetings {

    /** The purpose of reading an agenda: the table weighs the casussen on it. */
    static final String PURPOSE = "agenda casustafel: weging casussen mensenhandel (AVG art. 6 lid 1 e; ZVH-convenant)";

    /** What to schedule; also the request an Idempotency-Key is fingerprinted with. */
    public record Request(String tableId, Meeting.Form form, Instant scheduledAt) {
    }

    private final MeetingAccessPolicy access;
    private final RegionScopedMongo mongo;
    private final IdempotentCommands idempotent;
    private final TriageConfigurations configurations;
    private final Agendas agendas;
    private final AccessLog accessLog;
    private final Clock clock;

    public Meetings(MeetingAccessPolicy access, RegionScopedMongo mongo, IdempotentCommands idempotent,
            TriageConfigurations configurations, Agendas agendas, AccessLog accessLog, Clock clock) {
        this.access = access;
        this.mongo = mongo;
        this.idempotent = idempotent;
        this.configurations = configurations;
        this.agendas = agendas;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** Schedules a meeting of a table of the caller's region, at most once per Idempotency-Key. */
    public Mono<IdempotentOutcome<Agendas.View>> schedule(TenantContext caller, Request request, String idempotencyKey) {
        // the table is checked inside the first attempt only: a retry answers the meeting scheduled first, even when
        // the regio-beheerder has removed its table since
        return access.maySchedule(caller).enforce(caller)
                .flatMap(c -> idempotent.run(caller.region() + "|" + caller.subject() + "|meetings.schedule",
                        idempotencyKey, request,
                        id -> tableOf(c, request.tableId()).flatMap(table -> mongo.insert(caller, new Meeting(id,
                                caller.region(), table.id(), table.name(), request.form(), request.scheduledAt(),
                                caller.subject(), clock.instant()))),
                        id -> mongo.findById(caller, id, Meeting.class)))
                .flatMap(outcome -> withAgenda(caller, outcome.resource())
                        .map(view -> new IdempotentOutcome<>(view, outcome.created())));
    }

    /** The table of the caller's region the meeting is of (rule meeting-of-a-configured-table). */
    private Mono<TriageConfiguration.Table> tableOf(TenantContext caller, String tableId) {
        return configurations.of(caller.region()).flatMap(configuration -> {
            Optional<TriageConfiguration.Table> table = configuration.table(tableId);
            return access.tableOfRegion(tableId, table).enforce(table).map(Optional::orElseThrow);
        });
    }

    /** One meeting of the caller's region with its agenda; another region's answers 404. */
    public Mono<Agendas.View> get(TenantContext caller, String meetingId) {
        return access.mayRead(caller).enforce(caller)
                .flatMap(c -> mongo.findById(c, meetingId, Meeting.class))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Meeting")))
                .flatMap(meeting -> withAgenda(caller, meeting));
    }

    /**
     * A page of the region's meetings (of one table, if given): planned ones first, soonest first, then held ones,
     * latest first. Whether a meeting was held follows from the casussen, so the order is made here rather than
     * by the store; a region holds some dozens of meetings a year.
     */
    public Mono<Paged<Agendas.View>> list(TenantContext caller, String tableId, int page, int size) {
        return access.mayRead(caller).enforce(caller).flatMap(c -> {
            Query query = tableId == null ? new Query() : new Query(Criteria.where("tableId").is(tableId));
            return mongo.find(c, query, Meeting.class).collectList();
        }).flatMap(all -> agendas.held(caller, all.stream().map(Meeting::id).toList()).flatMap(held -> {
            List<Meeting> ordered = ordered(all, held);
            List<Meeting> onPage = ordered.stream().skip((long) page * size).limit(size).toList();
            return agendas.of(caller, onPage)
                    .map(views -> new Paged<>(views, page, size, ordered.size()));
        })).flatMap(result -> accessLog.record(Access.by(caller, "LIST", "meeting", null)
                .shown(result.items().stream().flatMap(view -> view.caseIds().stream()).distinct().toList())
                .purpose(PURPOSE)).thenReturn(result));
    }

    private Mono<Agendas.View> withAgenda(TenantContext caller, Meeting meeting) {
        return agendas.of(caller, List.of(meeting)).map(List::getFirst)
                .flatMap(view -> accessLog.record(Access.by(caller, "READ", "meeting", meeting.id())
                        .shown(view.caseIds()).purpose(PURPOSE)).thenReturn(view));
    }

    static List<Meeting> ordered(List<Meeting> meetings, Set<String> held) {
        Comparator<Meeting> byTime = Comparator.comparing(Meeting::scheduledAt).thenComparing(Meeting::id);
        return Stream.concat(
                meetings.stream().filter(m -> !held.contains(m.id())).sorted(byTime),
                meetings.stream().filter(m -> held.contains(m.id())).sorted(byTime.reversed())).toList();
    }
}
