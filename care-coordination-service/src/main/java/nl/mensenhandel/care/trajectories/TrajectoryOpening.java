package nl.mensenhandel.care.trajectories;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

import nl.mensenhandel.care.intake.CareQuestion;
import nl.mensenhandel.care.intake.CareQuestions;
import nl.mensenhandel.care.trajectories.CareRequestOrigins.TableRequest;
import nl.mensenhandel.platform.audit.AccessLog;
import nl.mensenhandel.platform.idempotency.IdempotentCommands;
import nl.mensenhandel.platform.idempotency.IdempotentOutcome;
import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.tenancy.TenantContext;
import reactor.core.publisher.Mono;

/**
 * Opens zorgtrajecten (issue 9 capability 2), status {@code AANGEMELD}: by the zorgcoordinator — from a care question
 * of the region, or directly — once per Idempotency-Key; and by a table's care request when it is received
 * ({@link #openForTable}), at most once per request however often it arrives.
 */
@Service
public class TrajectoryOpening {

    /** What the zorgcoordinator sends (the contract's NewTrajectory). */
    public record NewTrajectory(String questionId, String careRequestId, VictimProfile victim, List<CareNeed> needs,
            String nextAction, LocalDate nextActionDate) {

        public NewTrajectory {
            needs = needs == null ? List.of() : List.copyOf(needs);
            victim = victim == null ? VictimProfile.unknown() : victim;
        }
    }

    private final TrajectoryAccessPolicy access;
    private final TrajectoryStore store;
    private final TrajectoryReferences references;
    private final IdempotentCommands idempotent;
    private final CareQuestions questions;
    private final CareRequestOrigins careRequests;
    private final AccessLog accessLog;
    private final Clock clock;

    TrajectoryOpening(TrajectoryAccessPolicy access, TrajectoryStore store, TrajectoryReferences references,
            IdempotentCommands idempotent, CareQuestions questions, CareRequestOrigins careRequests,
            AccessLog accessLog, Clock clock) {
        this.access = access;
        this.store = store;
        this.references = references;
        this.idempotent = idempotent;
        this.questions = questions;
        this.careRequests = careRequests;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    public Mono<IdempotentOutcome<Zorgtraject>> open(TenantContext caller, NewTrajectory request, String key) {
        LocalDate today = Trajectories.today(clock);
        return access.mayWrite(caller).enforce(caller)
                .flatMap(c -> NoDateInThePast.check(null, request.nextActionDate(), request.needs(), today).enforce(c))
                .flatMap(c -> idempotent.run(caller.region() + "|" + caller.subject() + "|trajectories.open", key,
                        request, id -> create(caller, request, id), id -> store.find(caller, id)));
    }

    private Mono<Zorgtraject> create(TenantContext caller, NewTrajectory request, String id) {
        if (request.careRequestId() != null) {
            return fromCareRequest(caller, request);
        }
        if (request.questionId() != null) {
            return questions.linkTrajectory(caller, request.questionId(), id)
                    .flatMap(question -> insert(caller, opened(caller, id, fromQuestion(question), request,
                            question.municipalityCode() == null ? List.of() : List.of(question.municipalityCode()))))
                    .switchIfEmpty(Mono.defer(() -> store.find(caller, id)));
        }
        return insert(caller, opened(caller, id, new TrajectoryOrigin(TrajectoryOrigin.Kind.ZORGCOORDINATOR, null,
                null, null, null, null), request, List.of())).switchIfEmpty(Mono.defer(() -> store.find(caller, id)));
    }

    /**
     * A table's care request opens its trajectory by itself: naming one answers 409 with that trajectory — or, if it
     * is not there yet (the request's receipt stopped before it opened it; triage-service's retry will), opens it
     * now with what the zorgcoordinator sent.
     */
    private Mono<Zorgtraject> fromCareRequest(TenantContext caller, NewTrajectory request) {
        return careRequests.find(caller, request.careRequestId())
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Care request")))
                .flatMap(table -> {
                    String id = TrajectoryStore.idForCareRequest(table.careRequestId());
                    return store.find(caller, id)
                            .flatMap(existing -> Mono.<Zorgtraject>error(alreadyOpened(existing.id())))
                            .switchIfEmpty(Mono.defer(() -> insert(caller, opened(caller, id, fromTable(table), request,
                                    table.municipalityCodes()))
                                    .switchIfEmpty(Mono.error(() -> alreadyOpened(id)))));
                });
    }

    /**
     * Opens the trajectory of a table's care request (status {@code AANGEMELD}, origin {@code TAFEL}, the casus'
     * municipalities, opened by the sender); if it is open already, answers that one. Its id follows from the
     * request's, so a repeat — or a retry after the process died between storing the request and opening this —
     * opens nothing twice.
     */
    public Mono<Zorgtraject> openForTable(TenantContext sender, TableRequest table) {
        String id = TrajectoryStore.idForCareRequest(table.careRequestId());
        NewTrajectory nothingKnownYet = new NewTrajectory(null, table.careRequestId(), null, List.of(), null, null);
        return store.find(sender, id)
                .switchIfEmpty(Mono.defer(() -> insert(sender, opened(sender, id, fromTable(table), nothingKnownYet,
                        table.municipalityCodes()))))
                .switchIfEmpty(Mono.defer(() -> store.find(sender, id)));
    }

    /** The id of the trajectory a care request opens (or opened). */
    public static String trajectoryIdOf(String careRequestId) {
        return TrajectoryStore.idForCareRequest(careRequestId);
    }

    private Mono<Zorgtraject> insert(TenantContext caller, Mono<Zorgtraject> opened) {
        return opened.flatMap(trajectory -> store.insertIfAbsent(caller, trajectory))
                .flatMap(stored -> accessLog.record(caller, "CREATE", Trajectories.RESOURCE, stored.id(),
                        Trajectories.subject(stored.id()), Trajectories.PURPOSE).thenReturn(stored));
    }

    private Mono<Zorgtraject> opened(TenantContext caller, String id, TrajectoryOrigin origin, NewTrajectory request,
            List<String> municipalityCodes) {
        Instant now = clock.instant();
        return references.next(caller.region()).map(reference -> new Zorgtraject(id, caller.region(), reference,
                origin, TrajectoryStatus.AANGEMELD,
                List.of(new StatusChange(TrajectoryStatus.AANGEMELD.name(), now, caller.username(), null)),
                request.victim(), ResponsibleMunicipalityRule.apply(request.victim(), null),
                withTaskIds(request.needs()), request.nextAction(), request.nextActionDate(), municipalityCodes, now,
                caller.username(), now, 0));
    }

    /** Tasks without an id get one (the contract: given by the service when absent). */
    static List<CareNeed> withTaskIds(List<CareNeed> needs) {
        return needs.stream().map(need -> new CareNeed(need.type(), need.status(), need.tasks().stream()
                .map(task -> task.id() != null ? task
                        : new CareTask(UUID.randomUUID().toString(), task.description(), task.assignee(),
                                task.dueDate(), task.done()))
                .toList())).toList();
    }

    private static TrajectoryOrigin fromTable(TableRequest table) {
        return new TrajectoryOrigin(TrajectoryOrigin.Kind.TAFEL, table.caseId(), table.caseReference(),
                table.trackId(), table.careRequestId(), null);
    }

    private static TrajectoryOrigin fromQuestion(CareQuestion question) {
        return new TrajectoryOrigin(TrajectoryOrigin.Kind.VRAAG, null, null, null, null, question.id());
    }

    private static ApiProblem alreadyOpened(String trajectoryId) {
        return new ApiProblem(ProblemType.CONFLICT,
                "The care request opened its trajectory already: " + trajectoryId);
    }
}
