package nl.mensenhandel.care.intake;

import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import nl.mensenhandel.care.api.CareQuestionsApi;
import nl.mensenhandel.care.api.model.CareQuestionKind;
import nl.mensenhandel.care.api.model.CareQuestionPage;
import nl.mensenhandel.care.api.model.NewCareQuestion;
import nl.mensenhandel.care.api.model.PageMetadata;
import nl.mensenhandel.care.api.model.RequesterKind;
import nl.mensenhandel.platform.tenancy.CurrentTenant;
import reactor.core.publisher.Mono;

/** The {@code care-questions} operations of {@code api-specs/care-coordination-service.yaml}. */
@RestController
class CareQuestionController implements CareQuestionsApi {

    private final CareQuestions questions;

    CareQuestionController(CareQuestions questions) {
        this.questions = questions;
    }

    @Override
    public Mono<ResponseEntity<nl.mensenhandel.care.api.model.CareQuestion>> recordCareQuestion(String idempotencyKey,
            Mono<NewCareQuestion> body, ServerWebExchange exchange) {
        return Mono.zip(CurrentTenant.get(), body)
                .flatMap(found -> questions.record(found.getT1(), fromApi(found.getT2()), idempotencyKey))
                .map(outcome -> ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK)
                        .body(toApi(outcome.resource())));
    }

    @Override
    public Mono<ResponseEntity<CareQuestionPage>> listCareQuestions(CareQuestionKind kind, Integer page, Integer size,
            ServerWebExchange exchange) {
        return CurrentTenant.get()
                .flatMap(caller -> questions.list(caller,
                        kind == null ? null : CareQuestion.Kind.valueOf(kind.getValue()), page, size))
                .map(result -> ResponseEntity.ok(new CareQuestionPage()
                        .items(result.items().stream().map(CareQuestionController::toApi).toList())
                        .page(new PageMetadata(result.number(), result.size(), result.totalElements(),
                                result.totalPages()))));
    }

    @Override
    public Mono<ResponseEntity<nl.mensenhandel.care.api.model.CareQuestion>> getCareQuestion(UUID questionId,
            ServerWebExchange exchange) {
        return CurrentTenant.get().flatMap(caller -> questions.get(caller, questionId.toString()))
                .map(question -> ResponseEntity.ok(toApi(question)));
    }

    private static CareQuestions.NewQuestion fromApi(NewCareQuestion q) {
        return new CareQuestions.NewQuestion(CareQuestion.Kind.valueOf(q.getKind().getValue()),
                q.getRequesterKind() == null ? null : CareQuestion.RequesterKind.valueOf(q.getRequesterKind().getValue()),
                q.getRequesterOrganisation(), q.getRequesterContact(),
                q.getAskedAt() == null ? null : q.getAskedAt().toInstant(), q.getMunicipalityCode(), q.getSummary(),
                Boolean.TRUE.equals(q.getUrgent()));
    }

    static nl.mensenhandel.care.api.model.CareQuestion toApi(CareQuestion q) {
        return new nl.mensenhandel.care.api.model.CareQuestion(UUID.fromString(q.id()), q.region(),
                CareQuestionKind.fromValue(q.kind().name()), RequesterKind.fromValue(q.requesterKind().name()),
                q.requesterOrganisation(), q.askedAt().atOffset(ZoneOffset.UTC), q.recordedAt().atOffset(ZoneOffset.UTC),
                q.recordedBy(), q.summary(), q.urgent())
                .requesterContact(q.requesterContact())
                .municipalityCode(q.municipalityCode())
                .trajectoryId(q.trajectoryId() == null ? null : UUID.fromString(q.trajectoryId()));
    }
}
