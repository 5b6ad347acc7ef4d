package nl.mensenhandel.signal.submission;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
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
import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.tenancy.TenantContext;
import nl.mensenhandel.signal.signal.Signal;
import nl.mensenhandel.signal.signal.SignalQueries;
import nl.mensenhandel.signal.signal.SignalStatus;
import nl.mensenhandel.signal.signal.TransitionRecord;
import nl.mensenhandel.signal.signal.TriageLink;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The AF submits signals to the table (issue 7 §8). In one request: each signal is checked (the AF works it,
 * the route allows {@code TER_WEGING}, not yet submitted), moved to {@code TER_WEGING} with a history entry and
 * linked to the submission, and the submission is stored with the command that opens the casus in
 * triage-service in its outbox. Delivery is the outbox dispatcher's ({@link OpenCaseDelivery}): at once when
 * triage-service is up, else retried — triage-service deduplicates by the submission id, so a casus is
 * opened once.
 * <p>
 * Signals first, submission last: a request that dies in between leaves signals pointing to a submission
 * that is not stored yet; its retry with the same Idempotency-Key (same submission id) completes the work —
 * signals already linked to this submission pass the checks — and stores the submission.
 */
@Service
public class TriageSubmissions {

    /** The outbox kind of the open-case command. */
    static final String OPEN_CASE = "triage.open-case";

    /** What the history says when a signal goes to the table. */
    static final String SUBMITTED = "Ingediend bij de casustafel";

    private final SignalQueries signals;
    private final RegionScopedMongo scoped;
    private final ReactiveMongoTemplate mongo;
    private final IdempotentCommands idempotent;
    private final Outbox outbox;
    private final OutboxDispatcher dispatcher;
    private final AccessLog accessLog;
    private final Clock clock;

    public TriageSubmissions(SignalQueries signals, RegionScopedMongo scoped, ReactiveMongoTemplate mongo,
            IdempotentCommands idempotent, Outbox outbox, OutboxDispatcher dispatcher, AccessLog accessLog,
            Clock clock) {
        this.signals = signals;
        this.scoped = scoped;
        this.mongo = mongo;
        this.idempotent = idempotent;
        this.outbox = outbox;
        this.dispatcher = dispatcher;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    public record Submit(List<String> signalIds, String summary) {
    }

    public Mono<IdempotentOutcome<TriageSubmission>> submit(TenantContext caller, Submit command, String key) {
        return idempotent.run(caller.region() + "|" + caller.subject() + "|signals.submit", key, command,
                id -> record(caller, command, id),
                id -> scoped.findById(caller, id, TriageSubmission.class))
                .doOnNext(outcome -> {
                    if (outcome.created()) {
                        dispatcher.wake();
                    }
                });
    }

    private Mono<TriageSubmission> record(TenantContext caller, Submit command, String submissionId) {
        return Flux.fromIterable(command.signalIds())
                .concatMap(id -> signals.findWorkable(caller, id))
                .concatMap(signal -> alreadyOurs(signal, submissionId) ? Mono.just(signal)
                        : SubmissionRules.submittedOnce(signal, submissionId).enforce(signal)
                                .flatMap(s -> SubmissionRules.mayGoToTheTable(s).enforce(s)))
                .collectList()
                .flatMap(checked -> {
                    Instant now = clock.instant();
                    return Flux.fromIterable(checked)
                            .concatMap(signal -> alreadyOurs(signal, submissionId) ? Mono.just(signal)
                                    : toTheTable(caller, signal, submissionId, now))
                            .then(store(caller, command, submissionId, checked, now));
                });
    }

    private static boolean alreadyOurs(Signal signal, String submissionId) {
        return signal.triage() != null && submissionId.equals(signal.triage().submissionId());
    }

    /** One conditional update per signal: still in the state checked, not submitted meanwhile. */
    private Mono<Signal> toTheTable(TenantContext caller, Signal signal, String submissionId, Instant now) {
        Query unchanged = new Query(Criteria.where("_id").is(signal.id()).and("region").is(caller.region())
                .and("status").is(signal.status()).and(TriageLink.FIELD).exists(false));
        Update update = new Update()
                .set("status", SignalStatus.TER_WEGING)
                .set(TriageLink.FIELD, new TriageLink(submissionId, now, null, null, null))
                .set("updatedAt", now)
                .inc("version", 1)
                .push("history", new TransitionRecord(signal.status(), SignalStatus.TER_WEGING, now,
                        caller.username(), SUBMITTED, null, null));
        return mongo.updateFirst(unchanged, update, Signal.class)
                .flatMap(result -> result.getModifiedCount() == 1
                        ? accessLog.record(caller, "SUBMIT", "signal", signal.id(), SignalQueries.dataSubject(signal),
                                SignalQueries.PURPOSE + "; ingediend bij de casustafel").thenReturn(signal)
                        : Mono.error(new ApiProblem(ProblemType.CONFLICT, "Signal " + signal.id()
                                + " was changed meanwhile; retry with the same Idempotency-Key.")));
    }

    /** The decision and its command in one document: nothing is sent for a submission that was not stored. */
    private Mono<TriageSubmission> store(TenantContext caller, Submit command, String submissionId,
            List<Signal> checked, Instant now) {
        Set<String> municipalities = new LinkedHashSet<>();
        checked.forEach(signal -> municipalities.add(signal.municipalityCode()));
        List<String> municipalityCodes = List.copyOf(municipalities);
        OpenCaseCommand open = new OpenCaseCommand(command.signalIds(), municipalityCodes, command.summary(),
                new OpenCaseCommand.OnBehalfOf(caller.subject(), caller.username(), caller.region(),
                        caller.municipalities().stream().sorted().toList()));
        TriageSubmission submission = new TriageSubmission(submissionId, caller.region(), command.signalIds(),
                municipalityCodes, SubmissionStatus.PENDING, caller.username(), caller.subject(), now, null, null,
                null, List.of(outbox.entry(caller.region(), submissionId, submissionId, OPEN_CASE, open)
                        .toDocument()));
        return mongo.insert(submission)
                .onErrorResume(DuplicateKeyException.class,
                        stored -> scoped.findById(caller, submissionId, TriageSubmission.class));
    }
}
