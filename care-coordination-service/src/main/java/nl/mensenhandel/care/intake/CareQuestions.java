package nl.mensenhandel.care.intake;

import java.time.Clock;
import java.time.Instant;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import nl.mensenhandel.care.intake.CareQuestion.Kind;
import nl.mensenhandel.care.intake.CareQuestion.RequesterKind;
import nl.mensenhandel.care.intake.CareQuestionRules.Requester;
import nl.mensenhandel.platform.audit.AccessLog;
import nl.mensenhandel.platform.idempotency.IdempotentCommands;
import nl.mensenhandel.platform.idempotency.IdempotentOutcome;
import nl.mensenhandel.platform.mongo.Paged;
import nl.mensenhandel.platform.mongo.RegionScopedMongo;
import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.tenancy.TenantContext;
import reactor.core.publisher.Mono;

/**
 * The zorgcoördinator's own intake (issue 9 capability 1): questions recorded once per Idempotency-Key, listed newest
 * first — the region's for the zorgcoordinator, their own for an AF — and linked to the trajectory opened for them.
 * Every write, read and list is access-logged.
 */
@Service
public class CareQuestions {

    /** A question speaks of a (possible) victim (AVG art. 9); the purpose goes into the access log. */
    static final String PURPOSE = "zorgcoordinatie slachtoffers mensenhandel: adviesvraag, melding of aanvraag bij de"
            + " zorgcoordinator (Wmo 2015 / Jeugdwet)";
    static final String RESOURCE = "care-question";

    /** What the caller asks to record (the contract's NewCareQuestion). */
    public record NewQuestion(Kind kind, RequesterKind requesterKind, String requesterOrganisation,
            String requesterContact, Instant askedAt, String municipalityCode, String summary, boolean urgent) {
    }

    private final RegionScopedMongo scoped;
    private final ReactiveMongoTemplate mongo;
    private final IdempotentCommands idempotent;
    private final AccessLog accessLog;
    private final Clock clock;

    public CareQuestions(RegionScopedMongo scoped, ReactiveMongoTemplate mongo, IdempotentCommands idempotent,
            AccessLog accessLog, Clock clock) {
        this.scoped = scoped;
        this.mongo = mongo;
        this.idempotent = idempotent;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    public Mono<IdempotentOutcome<CareQuestion>> record(TenantContext caller, NewQuestion question, String key) {
        Instant now = clock.instant();
        Requester requester = new Requester(question.requesterKind(), question.requesterOrganisation(),
                question.municipalityCode(), question.askedAt());
        return CareQuestionRules.mayAsk(caller).enforce(caller)
                .flatMap(c -> CareQuestionRules.requesterNamed(caller, requester).enforce(c))
                .flatMap(c -> CareQuestionRules.requesterIsCaller(caller, requester).enforce(c))
                .flatMap(c -> CareQuestionRules.municipalityOfCaller(caller, requester).enforce(c))
                .flatMap(c -> CareQuestionRules.askedNotInFuture(requester, now).enforce(c))
                .flatMap(c -> idempotent.run(caller.region() + "|" + caller.subject() + "|care-questions.record", key,
                        question, id -> create(caller, question, id, now),
                        id -> scoped.findById(caller, id, CareQuestion.class)));
    }

    private Mono<CareQuestion> create(TenantContext caller, NewQuestion q, String id, Instant now) {
        boolean zc = CareQuestionRules.isZorgcoordinator(caller);
        CareQuestion question = new CareQuestion(id, caller.region(), q.kind(),
                zc ? q.requesterKind() : RequesterKind.AANDACHTSFUNCTIONARIS,
                zc ? q.requesterOrganisation() : organisationOf(caller), q.requesterContact(),
                q.askedAt() == null ? now : q.askedAt(), now, caller.username(), caller.subject(), q.municipalityCode(),
                q.summary(), q.urgent(), null);
        return scoped.insert(caller, question)
                .flatMap(stored -> accessLog.record(caller, "CREATE", RESOURCE, stored.id(), subject(stored), PURPOSE)
                        .thenReturn(stored));
    }

    /** An AF's organisation as the token names it (e.g. "Gemeente Zwolle"); the username when it names none. */
    private static String organisationOf(TenantContext caller) {
        return caller.organisation() != null && !caller.organisation().isBlank() ? caller.organisation()
                : caller.username();
    }

    /** The region's questions (zorgcoordinator) or the caller's own (AF), newest first. */
    public Mono<Paged<CareQuestion>> list(TenantContext caller, Kind kind, int page, int size) {
        return CareQuestionRules.mayAsk(caller).enforce(caller).flatMap(c -> {
            Query query = new Query();
            if (kind != null) {
                query.addCriteria(Criteria.where("kind").is(kind.name()));
            }
            if (!CareQuestionRules.isZorgcoordinator(caller)) {
                query.addCriteria(Criteria.where("recordedBySubject").is(caller.subject()));
            }
            return scoped.page(caller, query, Sort.by(Sort.Direction.DESC, "askedAt", "recordedAt"), page, size,
                    CareQuestion.class);
        }).flatMap(result -> accessLog.recordList(caller, RESOURCE,
                result.items().stream().map(CareQuestion::id).toList(), PURPOSE).thenReturn(result));
    }

    /** One question: the zorgcoordinator any of the region, an AF only one they asked (else 404). */
    public Mono<CareQuestion> get(TenantContext caller, String id) {
        return CareQuestionRules.mayAsk(caller).enforce(caller)
                .flatMap(c -> scoped.findById(caller, id, CareQuestion.class))
                .filter(q -> CareQuestionRules.isZorgcoordinator(caller) || caller.subject().equals(q.recordedBySubject()))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Care question")))
                .flatMap(q -> accessLog.record(caller, "READ", RESOURCE, q.id(), subject(q), PURPOSE).thenReturn(q));
    }

    /**
     * Names the trajectory opened for a question (the zorgcoordinator opens it): the question of the caller's region
     * (else 404) that names no other trajectory yet (else 409 naming it). Conditional, so of two openings for one
     * question one wins; the same trajectory again (a retry) is fine.
     */
    public Mono<CareQuestion> linkTrajectory(TenantContext caller, String questionId, String trajectoryId) {
        return scoped.findById(caller, questionId, CareQuestion.class)
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Care question")))
                .flatMap(question -> {
                    if (question.trajectoryId() != null && !question.trajectoryId().equals(trajectoryId)) {
                        return Mono.error(alreadyOpened(question.trajectoryId()));
                    }
                    Query free = Query.query(Criteria.where("_id").is(questionId).and("region").is(caller.region())
                            .orOperator(Criteria.where("trajectoryId").is(null),
                                    Criteria.where("trajectoryId").is(trajectoryId)));
                    return mongo.updateFirst(free, new Update().set("trajectoryId", trajectoryId), CareQuestion.class)
                            .flatMap(result -> result.getMatchedCount() == 1
                                    ? accessLog.record(caller, "UPDATE", RESOURCE, questionId, subject(question),
                                            PURPOSE).thenReturn(question)
                                    : scoped.findById(caller, questionId, CareQuestion.class)
                                            .flatMap(now -> Mono.error(alreadyOpened(now.trajectoryId()))));
                });
    }

    /**
     * Retention: removes the questions that opened these trajectories of the region (the trajectory's retention rule
     * removes the care file as a whole).
     */
    public Mono<Long> removeOfTrajectories(String region, java.util.Collection<String> trajectoryIds) {
        if (trajectoryIds.isEmpty()) {
            return Mono.just(0L);
        }
        return mongo.remove(Query.query(Criteria.where("region").is(region).and("trajectoryId").in(trajectoryIds)),
                CareQuestion.class).map(result -> result.getDeletedCount());
    }

    private static ApiProblem alreadyOpened(String trajectoryId) {
        return new ApiProblem(ProblemType.CONFLICT,
                "A trajectory was already opened for this question: " + trajectoryId);
    }

    private static String subject(CareQuestion question) {
        return "care-question:" + question.id();
    }
}
