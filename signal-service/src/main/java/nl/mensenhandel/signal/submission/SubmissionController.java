package nl.mensenhandel.signal.submission;

import java.time.ZoneOffset;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import nl.mensenhandel.platform.idempotency.IdempotentOutcome;
import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.tenancy.CurrentTenant;
import nl.mensenhandel.signal.api.TriageApi;
import nl.mensenhandel.signal.api.model.CaseOutcome;
import nl.mensenhandel.signal.api.model.CaseOutcomeReceipt;
import nl.mensenhandel.signal.api.model.NewTriageSubmission;
import nl.mensenhandel.signal.api.model.TriageSubmissionStatus;
import nl.mensenhandel.signal.caseoutcome.CaseOutcomes;
import nl.mensenhandel.signal.caseoutcome.TableOutcome;
import nl.mensenhandel.signal.signal.ClosingReason;
import nl.mensenhandel.signal.signal.SignalStatus;
import reactor.core.publisher.Mono;

/**
 * The {@code triage} tag of {@code api-specs/signal-service.yaml}: {@code submitToTriage} (rules in
 * {@link TriageSubmissions}) and {@code recordCaseOutcome} (rules in {@link CaseOutcomes}).
 */
@RestController
public class SubmissionController implements TriageApi {

    private final TriageSubmissions submissions;
    private final CaseOutcomes caseOutcomes;

    public SubmissionController(TriageSubmissions submissions, CaseOutcomes caseOutcomes) {
        this.submissions = submissions;
        this.caseOutcomes = caseOutcomes;
    }

    @Override
    public Mono<ResponseEntity<nl.mensenhandel.signal.api.model.TriageSubmission>> submitToTriage(
            Mono<NewTriageSubmission> body, @Nullable String idempotencyKey, ServerWebExchange exchange) {
        return CurrentTenant.get().zipWith(body)
                // a blank array element reads as null: a client's mistake, named (found by the fuzzer)
                .flatMap(t -> t.getT2().getSignalIds().contains(null)
                        ? Mono.error(ApiProblem.invalidField("signalIds", "must hold signal ids (UUIDs)"))
                        : Mono.just(t))
                .flatMap(t -> submissions.submit(t.getT1(), new TriageSubmissions.Submit(
                        t.getT2().getSignalIds().stream().map(UUID::toString).toList(), t.getT2().getSummary()),
                        idempotencyKey))
                .map(SubmissionController::answer);
    }

    private static ResponseEntity<nl.mensenhandel.signal.api.model.TriageSubmission> answer(
            IdempotentOutcome<TriageSubmission> outcome) {
        TriageSubmission s = outcome.resource();
        nl.mensenhandel.signal.api.model.TriageSubmission view = new nl.mensenhandel.signal.api.model.TriageSubmission()
                .id(UUID.fromString(s.id()))
                .signalIds(s.signalIds().stream().map(UUID::fromString).toList())
                .municipalityCodes(s.municipalityCodes())
                .status(TriageSubmissionStatus.fromValue(s.status().name()))
                .caseId(s.caseId() == null ? null : UUID.fromString(s.caseId()))
                .caseReference(s.caseReference())
                .submittedAt(s.submittedAt().atOffset(ZoneOffset.UTC))
                .submittedBy(s.submittedBy());
        return ResponseEntity.status(outcome.created() ? HttpStatus.ACCEPTED : HttpStatus.OK).body(view);
    }

    /** {@code recordCaseOutcome}: triage-service's account reports a casus' outcome; the rules live in {@link CaseOutcomes}. */
    @Override
    public Mono<ResponseEntity<CaseOutcomeReceipt>> recordCaseOutcome(UUID signalId, String idempotencyKey,
            Mono<CaseOutcome> body, ServerWebExchange exchange) {
        return body.map(SubmissionController::outcome)
                .flatMap(outcome -> caseOutcomes.record(signalId.toString(), outcome, idempotencyKey))
                .map(recorded -> ResponseEntity.ok(new CaseOutcomeReceipt().signalId(signalId)
                        .status(nl.mensenhandel.signal.api.model.SignalStatus.fromValue(
                                recorded.resource().status().name()))));
    }

    private static TableOutcome outcome(CaseOutcome o) {
        return new TableOutcome(o.getRegion(), o.getCaseId().toString(), o.getCaseReference(),
                o.getDecisionId().toString(), SignalStatus.valueOf(o.getResult().getValue()),
                o.getClosingReason() == null ? null : ClosingReason.valueOf(o.getClosingReason().getValue()),
                o.getTrackTypes().stream().map(CaseOutcome.TrackTypesEnum::getValue).toList(), o.getFeedback());
    }
}
