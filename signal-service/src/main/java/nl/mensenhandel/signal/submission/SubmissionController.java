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
import nl.mensenhandel.signal.api.model.NewTriageSubmission;
import nl.mensenhandel.signal.api.model.TriageSubmissionStatus;
import reactor.core.publisher.Mono;

/** {@code submitToTriage} of {@code api-specs/signal-service.yaml}; the rules live in {@link TriageSubmissions}. */
@RestController
public class SubmissionController implements TriageApi {

    private final TriageSubmissions submissions;

    public SubmissionController(TriageSubmissions submissions) {
        this.submissions = submissions;
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

    /** BASE STUB (issue 8 integration branch): implemented by the receivers slice (package {@code caseoutcome}). */
    @Override
    public Mono<ResponseEntity<nl.mensenhandel.signal.api.model.CaseOutcomeReceipt>> recordCaseOutcome(UUID signalId,
            String idempotencyKey, Mono<nl.mensenhandel.signal.api.model.CaseOutcome> caseOutcome,
            ServerWebExchange exchange) {
        return Mono.error(new ApiProblem(nl.mensenhandel.platform.problem.ProblemType.SERVICE_UNAVAILABLE,
                "not built yet"));
    }
}
