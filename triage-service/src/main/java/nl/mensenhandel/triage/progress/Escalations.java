package nl.mensenhandel.triage.progress;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import nl.mensenhandel.platform.audit.Access;
import nl.mensenhandel.platform.audit.AccessLog;
import nl.mensenhandel.platform.idempotency.IdempotentCommands;
import nl.mensenhandel.platform.idempotency.IdempotentOutcome;
import nl.mensenhandel.platform.mongo.RegionScopedMongo;
import nl.mensenhandel.platform.outbox.Outbox;
import nl.mensenhandel.platform.outbox.OutboxDispatcher;
import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.tenancy.Roles;
import nl.mensenhandel.platform.tenancy.TenantContext;
import nl.mensenhandel.triage.cases.Casus;
import nl.mensenhandel.triage.cases.CasusStatus;
import nl.mensenhandel.triage.cases.Escalation;
import nl.mensenhandel.triage.notifications.CasusNotifications;
import reactor.core.publisher.Mono;

/**
 * A stuck casus escalated to the region's beleidsregisseur by the table or the AF, with a reason (issue 8 §8;
 * Zaanstreek-Waterland: the ketenregisseur "unblocks stuck cases"). The escalation and the notification to the
 * beleidsregisseurs are written in one conditional update of the casus (guarded on its version); at most once per
 * Idempotency-Key.
 */
@Service
public class Escalations {

    /** What the fingerprint of an Idempotency-Key covers. */
    record Request(String caseId, String reason) {
    }

    private static final int ATTEMPTS = 3;

    private final ProgressAccessPolicy access;
    private final RegionScopedMongo scoped;
    private final ReactiveMongoTemplate mongo;
    private final IdempotentCommands idempotent;
    private final EscalationRecords records;
    private final CasusNotifications notifications;
    private final OutboxDispatcher dispatcher;
    private final AccessLog accessLog;
    private final Clock clock;

    public Escalations(ProgressAccessPolicy access, RegionScopedMongo scoped, ReactiveMongoTemplate mongo,
            IdempotentCommands idempotent, EscalationRecords records, CasusNotifications notifications,
            OutboxDispatcher dispatcher, AccessLog accessLog, Clock clock) {
        this.access = access;
        this.scoped = scoped;
        this.mongo = mongo;
        this.idempotent = idempotent;
        this.records = records;
        this.notifications = notifications;
        this.dispatcher = dispatcher;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** The escalation and the casus it belongs to. */
    public record Escalated(String caseId, Escalation escalation) {
    }

    public Mono<IdempotentOutcome<Escalated>> escalate(TenantContext caller, String caseId, String reason,
            String idempotencyKey) {
        // a casus the caller may not see answers 404 before any key is looked at, and a key is scoped to its casus:
        // a key reused on another casus is a new request there, not a reuse (as recordDecision scopes its keys)
        return access.mayEscalate(caller).enforce(caller)
                .flatMap(c -> visible(caller, caseId).switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Casus"))))
                .flatMap(c -> idempotent.run(caller.region() + "|" + caller.subject() + "|cases.escalate|" + caseId,
                        idempotencyKey, new Request(caseId, reason),
                        id -> create(caller, caseId, reason, id, ATTEMPTS),
                        id -> visible(caller, caseId).flatMap(casus -> Mono.justOrEmpty(find(casus, id)))
                                .map(escalation -> new Escalated(caseId, escalation))));
    }

    private Mono<Escalated> create(TenantContext caller, String caseId, String reason, String id, int attempts) {
        return visible(caller, caseId).switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Casus")))
                .flatMap(casus -> {
                    Optional<Escalation> existing = find(casus, id);
                    if (existing.isPresent()) {
                        return Mono.just(new Escalated(caseId, existing.get()));
                    }
                    if (casus.status() == CasusStatus.AFGESLOTEN) {
                        return Mono.error(new ApiProblem(ProblemType.ILLEGAL_TRANSITION,
                                "A closed casus is not escalated (rule: closed-case-not-escalated)."));
                    }
                    Instant now = clock.instant();
                    Escalation escalation = new Escalation(id, reason, now, false, caller.username());
                    Update update = new Update()
                            .push("escalations", records.stored(casus, escalation))
                            .push(Outbox.FIELD, notifications.escalated(casus, escalation,
                                    "door de " + (caller.hasRole(Roles.CASUSTAFEL) ? "casustafel" : "aandachtsfunctionaris")
                                            + ", met een reden (zie de casus)"))
                            .inc("version", 1).set("updatedAt", now);
                    Query unchanged = new Query(Criteria.where("_id").is(casus.id()).and("region").is(casus.region())
                            .and("version").is(casus.version()));
                    return mongo.updateFirst(unchanged, update, Casus.class).flatMap(result -> {
                        if (result.getModifiedCount() == 1) {
                            dispatcher.wake();
                            return accessLog.record(Access.by(caller, "CREATE", "escalation", id)
                                            .dataSubject("casus:" + casus.id()).purpose(TrackProgressQueries.PURPOSE))
                                    .thenReturn(new Escalated(caseId, escalation));
                        }
                        // changed meanwhile: read it again and retry a few times, then let the client retry
                        return attempts > 1 ? create(caller, caseId, reason, id, attempts - 1)
                                : Mono.error(new ApiProblem(ProblemType.CONFLICT,
                                        "The casus was changed at the same time; try again."));
                    });
                });
    }

    /** The casus if it is of the caller's region and they may escalate it; empty otherwise (answered 404). */
    private Mono<Casus> visible(TenantContext caller, String caseId) {
        return scoped.findById(caller, caseId, Casus.class).filter(casus -> access.mayEscalate(caller, casus));
    }

    private static Optional<Escalation> find(Casus casus, String escalationId) {
        return casus.escalations().stream().filter(e -> escalationId.equals(e.id())).findFirst();
    }
}
