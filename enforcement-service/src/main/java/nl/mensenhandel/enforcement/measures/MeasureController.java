package nl.mensenhandel.enforcement.measures;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import nl.mensenhandel.enforcement.api.MeasuresApi;
import nl.mensenhandel.enforcement.api.model.LegalRemedyDecision;
import nl.mensenhandel.enforcement.api.model.MeasurePage;
import nl.mensenhandel.enforcement.api.model.MeasureTransition;
import nl.mensenhandel.enforcement.api.model.NewLegalRemedy;
import nl.mensenhandel.enforcement.api.model.NewMeasure;
import nl.mensenhandel.enforcement.api.model.PageMetadata;
import nl.mensenhandel.enforcement.api.model.WrittenDecision;
import nl.mensenhandel.platform.idempotency.IdempotentOutcome;
import nl.mensenhandel.platform.tenancy.CurrentTenant;
import reactor.core.publisher.Mono;

/** The measures' operations of {@code api-specs/enforcement-service.yaml}. */
@RestController
public class MeasureController implements MeasuresApi {

    private final Measures measures;

    public MeasureController(Measures measures) {
        this.measures = measures;
    }

    @Override
    public Mono<ResponseEntity<nl.mensenhandel.enforcement.api.model.Measure>> proposeMeasure(
            Mono<NewMeasure> body, String idempotencyKey, ServerWebExchange exchange) {
        return CurrentTenant.get().flatMap(caller -> body.map(MeasureApiMapper::fromApi)
                .flatMap(request -> measures.propose(caller, request, idempotencyKey)))
                .map(MeasureController::answer);
    }

    @Override
    public Mono<ResponseEntity<MeasurePage>> listMeasures(Integer page, Integer size,
            nl.mensenhandel.enforcement.api.model.MeasureStatus status, Boolean writingOverdue,
            ServerWebExchange exchange) {
        return CurrentTenant.get().flatMap(caller -> measures.list(caller, page, size,
                        status == null ? null : MeasureStatus.valueOf(status.getValue()), writingOverdue))
                .map(result -> ResponseEntity.ok(new MeasurePage()
                        .items(result.items().stream().map(MeasureApiMapper::toApi).toList())
                        .page(new PageMetadata(result.number(), result.size(), result.totalElements(),
                                result.totalPages()))));
    }

    @Override
    public Mono<ResponseEntity<nl.mensenhandel.enforcement.api.model.Measure>> getMeasure(UUID measureId,
            ServerWebExchange exchange) {
        return CurrentTenant.get().flatMap(caller -> measures.get(caller, measureId.toString()))
                .map(m -> ResponseEntity.ok(MeasureApiMapper.toApi(m)));
    }

    @Override
    public Mono<ResponseEntity<nl.mensenhandel.enforcement.api.model.Measure>> advanceMeasure(UUID measureId,
            Mono<MeasureTransition> body, ServerWebExchange exchange) {
        return CurrentTenant.get().flatMap(caller -> body.flatMap(t -> measures.advance(caller, measureId.toString(),
                        new Measures.Transition(MeasureStatus.valueOf(t.getTo().getValue()), t.getDate(),
                                t.getVersion(), t.getDecisionReference(), t.getReason()))))
                .map(m -> ResponseEntity.ok(MeasureApiMapper.toApi(m)));
    }

    @Override
    public Mono<ResponseEntity<nl.mensenhandel.enforcement.api.model.Measure>> fileLegalRemedy(UUID measureId,
            Mono<NewLegalRemedy> body, String idempotencyKey, ServerWebExchange exchange) {
        return CurrentTenant.get().flatMap(caller -> body.flatMap(r -> measures.fileRemedy(caller,
                        measureId.toString(), LegalRemedyKind.valueOf(r.getKind().getValue()), r.getFiledOn(),
                        r.getReference(), idempotencyKey)))
                .map(MeasureController::answer);
    }

    @Override
    public Mono<ResponseEntity<nl.mensenhandel.enforcement.api.model.Measure>> decideLegalRemedy(UUID measureId,
            UUID remedyId, Mono<LegalRemedyDecision> body, ServerWebExchange exchange) {
        return CurrentTenant.get().flatMap(caller -> body.flatMap(d -> measures.decideRemedy(caller,
                        measureId.toString(), remedyId.toString(), RemedyOutcome.valueOf(d.getOutcome().getValue()),
                        d.getDecidedOn())))
                .map(m -> ResponseEntity.ok(MeasureApiMapper.toApi(m)));
    }

    @Override
    public Mono<ResponseEntity<nl.mensenhandel.enforcement.api.model.Measure>> recordWrittenDecision(UUID measureId,
            Mono<WrittenDecision> body, ServerWebExchange exchange) {
        return CurrentTenant.get().flatMap(caller -> body.flatMap(w -> measures.recordWrittenDecision(caller,
                        measureId.toString(), w.getWrittenOn(), w.getDecisionReference())))
                .map(m -> ResponseEntity.ok(MeasureApiMapper.toApi(m)));
    }

    private static ResponseEntity<nl.mensenhandel.enforcement.api.model.Measure> answer(
            IdempotentOutcome<Measure> outcome) {
        return ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(MeasureApiMapper.toApi(outcome.resource()));
    }
}
