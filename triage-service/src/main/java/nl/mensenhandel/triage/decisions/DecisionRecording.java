package nl.mensenhandel.triage.decisions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import nl.mensenhandel.platform.audit.AccessLog;
import nl.mensenhandel.platform.idempotency.IdempotentCommands;
import nl.mensenhandel.platform.idempotency.IdempotentOutcome;
import nl.mensenhandel.platform.mongo.RegionScopedMongo;
import nl.mensenhandel.platform.outbox.Outbox;
import nl.mensenhandel.platform.outbox.OutboxDispatcher;
import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.tenancy.TenantContext;
import nl.mensenhandel.triage.cases.Casus;
import nl.mensenhandel.triage.cases.CasusEncryption;
import nl.mensenhandel.triage.cases.CasusReading;
import nl.mensenhandel.triage.cases.CasusStatus;
import nl.mensenhandel.triage.cases.CasusTransitions;
import nl.mensenhandel.triage.cases.Decision;
import nl.mensenhandel.triage.cases.Track;
import nl.mensenhandel.triage.cases.Track.TrackStatus;
import nl.mensenhandel.triage.cases.Track.TrackStep;
import nl.mensenhandel.triage.meetings.MeetingCheck;
import nl.mensenhandel.triage.tables.TableRef;
import nl.mensenhandel.triage.tables.TriageConfiguration;
import nl.mensenhandel.triage.tables.TriageConfigurations;
import reactor.core.publisher.Mono;

/**
 * Records a decision on a casus (issue 8 §4, §6): the procedure's rules ({@link DecisionRules}), the casus'
 * lifecycle ({@link CasusTransitions}), then ONE conditional update of the casus — guarded on its {@code version}
 * and on the decision's absence — that pushes the decision, its tracks and their commands ({@link
 * DecisionCommands}) and sets the new status (and table, when sent on). Nothing is sent for a decision that was
 * not stored, and nothing stored is lost: the dispatcher delivers the outbox. At most once per Idempotency-Key.
 */
@Service
public class DecisionRecording {

    static final String COLLECTION = "cases";
    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final DecisionAccessPolicy access;
    private final DecisionRules rules;
    private final DecisionCommands commands;
    private final CasusReading reading;
    private final RegionScopedMongo regionScoped;
    private final ReactiveMongoTemplate mongo;
    private final IdempotentCommands idempotent;
    private final TriageConfigurations configurations;
    private final MeetingCheck meetings;
    private final CasusEncryption encryption;
    private final OutboxDispatcher dispatcher;
    private final AccessLog accessLog;
    private final Clock clock;

    public DecisionRecording(DecisionAccessPolicy access, DecisionRules rules, DecisionCommands commands,
            CasusReading reading, RegionScopedMongo regionScoped, ReactiveMongoTemplate mongo,
            IdempotentCommands idempotent, TriageConfigurations configurations, MeetingCheck meetings,
            CasusEncryption encryption, OutboxDispatcher dispatcher, AccessLog accessLog, Clock clock) {
        this.access = access;
        this.rules = rules;
        this.commands = commands;
        this.reading = reading;
        this.regionScoped = regionScoped;
        this.mongo = mongo;
        this.idempotent = idempotent;
        this.configurations = configurations;
        this.meetings = meetings;
        this.encryption = encryption;
        this.dispatcher = dispatcher;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    public Mono<IdempotentOutcome<Casus>> record(TenantContext actor, String caseId, DecisionRequest request,
            String idempotencyKey) {
        return access.mayDecide(actor).enforce(actor)
                .flatMap(a -> reading.load(actor, caseId))
                .flatMap(casus -> access.decidesOn(actor, casus).enforce(casus))
                .flatMap(casus -> idempotent.run(
                        actor.region() + "|" + actor.subject() + "|cases.decide|" + caseId, idempotencyKey, request,
                        decisionId -> decide(actor, casus, request, decisionId),
                        decisionId -> withDecision(actor, decisionId)));
    }

    private Mono<Casus> withDecision(TenantContext actor, String decisionId) {
        return regionScoped.find(actor, new Query(Criteria.where("decisions.id").is(decisionId)), Casus.class)
                .next();
    }

    private Mono<Casus> decide(TenantContext actor, Casus casus, DecisionRequest request, String decisionId) {
        LocalDate today = LocalDate.now(clock.withZone(NETHERLANDS));
        return configurations.of(casus.region())
                .flatMap(configuration -> rules.check(actor, request, casus, configuration, today)
                        .enforce(configuration))
                .flatMap(configuration -> meetingOfTheTable(casus, request)
                        .flatMap(decision -> decision.enforce(configuration)))
                .flatMap(configuration -> CasusTransitions.step(casus.status(), target(request))
                        .enforce(configuration))
                .flatMap(configuration -> store(actor, casus, request, decisionId, configuration))
                .flatMap(stored -> accessLog.record(CasusReading.logEntry(actor, stored, "UPDATE")).thenReturn(stored))
                .doOnSuccess(stored -> dispatcher.wake());
    }

    /**
     * Rule: a decision that names a meeting was taken in a meeting of the table the casus is at (a meeting of
     * another table, or of another region, did not weigh this casus).
     */
    private Mono<PolicyDecision> meetingOfTheTable(Casus casus, DecisionRequest request) {
        if (request.meetingId() == null) {
            return Mono.just(PolicyDecision.allowed());
        }
        String tableId = casus.table() == null ? "" : casus.table().id();
        return meetings.isMeetingOf(casus.region(), request.meetingId(), tableId)
                .map(found -> found ? PolicyDecision.allowed()
                        : PolicyDecision.rejected("meeting-of-the-casus-table", ProblemType.UNPROCESSABLE,
                                "The meeting is not a meeting of the table the casus is at"));
    }

    private static CasusStatus target(DecisionRequest request) {
        if (request.nextStep()) {
            return CasusStatus.AANGEMELD;
        }
        return request.notConfirmed() ? CasusStatus.AFGESLOTEN : CasusStatus.SPOREN_LOPEN;
    }

    private Mono<Casus> store(TenantContext actor, Casus casus, DecisionRequest request, String decisionId,
            TriageConfiguration configuration) {
        Instant now = clock.instant();
        String by = actor.username() == null ? actor.subject() : actor.username();
        List<Track> tracks = new ArrayList<>();
        for (int i = 0; i < request.tracks().size(); i++) {
            tracks.add(DecisionCommands.withDelivery(track(decisionId, i, request.tracks().get(i), now, by)));
        }
        Decision decision = new Decision(decisionId, request.meetingId(),
                casus.table() == null ? null : casus.table().id(), request.form(), request.participants(),
                request.deliberation(), request.rationale(), request.legalBasis(), request.advice(),
                request.nextStep(), tracks.stream().map(Track::id).toList(), request.feedbackForReporter(), now, by);
        CasusStatus status = target(request);
        Update update = new Update()
                .push("decisions", encryption.sealed(casus.region(), casus.id(), "decisions", decision))
                .set("status", status.name())
                .set("updatedAt", now)
                .inc("version", 1);
        if (!tracks.isEmpty()) {
            update.push("tracks").each(tracks.stream()
                    .map(track -> encryption.sealed(casus.region(), casus.id(), "tracks", track)).toArray());
        }
        List<Document> entries = commands.entries(casus, decision, tracks);
        if (!entries.isEmpty()) {
            update.push(Outbox.FIELD).each(entries.toArray());
        }
        if (request.nextStep()) {
            TableRef next = configuration.stepAfter(casus.table().id()).orElseThrow().ref();
            Document table = new Document();
            mongo.getConverter().write(next, table);
            table.remove("_class");
            update.set("table", table);
        }
        Query unchanged = new Query(Criteria.where("_id").is(casus.id()).and("region").is(casus.region())
                .and("version").is(casus.version()).and("decisions._id").ne(decisionId));
        return mongo.updateFirst(unchanged, update, COLLECTION)
                .flatMap(result -> result.getModifiedCount() == 1 ? reading.load(actor, casus.id())
                        : Mono.error(new ApiProblem(ProblemType.CONFLICT,
                                "The casus was changed meanwhile; read it again and decide anew.")));
    }

    /**
     * A new track: {@code GEOPEND} — or {@code AFGEROND} at once for {@code NIET_BEVESTIGD}, which closes the casus
     * as it is decided. Its id is derived from the decision's, so a retry of a decision cut off before it was
     * stored opens the same tracks with the same command ids.
     */
    private static Track track(String decisionId, int index, DecisionRequest.TrackRequest request, Instant now,
            String by) {
        TrackStatus status = request.type() == Track.TrackType.NIET_BEVESTIGD ? TrackStatus.AFGEROND
                : TrackStatus.GEOPEND;
        String id = UUID.nameUUIDFromBytes((decisionId + ":track:" + index).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString();
        return new Track(id, decisionId, request.type(), status, request.regiehouder(), request.dueDate(), now,
                request.details(), request.criminalInformation(), request.tasks(), null, null,
                List.of(new TrackStep(null, status, "decision " + decisionId, now, by)), null, null);
    }
}
