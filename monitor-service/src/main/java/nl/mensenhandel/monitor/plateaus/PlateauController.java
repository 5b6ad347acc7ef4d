package nl.mensenhandel.monitor.plateaus;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import nl.mensenhandel.monitor.api.PlateausApi;
import nl.mensenhandel.monitor.api.model.PlateauAnswers;
import nl.mensenhandel.monitor.api.model.PlateauAssessment;
import nl.mensenhandel.monitor.api.model.PlateauAssessmentPlateauReachedInner;
import nl.mensenhandel.platform.tenancy.CurrentTenant;
import reactor.core.publisher.Mono;

/** The plateaus contract ({@code api-specs/monitor-service.yaml}, tag {@code plateaus}). */
@RestController
public class PlateauController implements PlateausApi {

    private final PlateauAssessments assessments;

    public PlateauController(PlateauAssessments assessments) {
        this.assessments = assessments;
    }

    @Override
    public Mono<ResponseEntity<PlateauAssessment>> getPlateauAssessment(String municipalityCode, Integer year,
            ServerWebExchange exchange) {
        return CurrentTenant.get().flatMap(caller -> assessments.get(caller, municipalityCode, year))
                .map(assessment -> ResponseEntity.ok(toApi(assessment)));
    }

    @Override
    public Mono<ResponseEntity<PlateauAssessment>> putPlateauAssessment(String municipalityCode, Integer year,
            Mono<PlateauAnswers> body, ServerWebExchange exchange) {
        return CurrentTenant.get().flatMap(caller -> body.flatMap(answers -> assessments.put(caller,
                municipalityCode, year, answers.getVersion(), answers.getAnswers().stream()
                        .map(a -> new PlateauAssessments.Answer(a.getCriterionId(), a.getAnswer().getValue(),
                                a.getNote()))
                        .toList())))
                .map(assessment -> ResponseEntity.ok(toApi(assessment)));
    }

    static PlateauAssessment toApi(PlateauAssessments.Assessment assessment) {
        return new PlateauAssessment()
                .municipalityCode(assessment.municipalityCode())
                .year(assessment.year())
                .version(assessment.version())
                .plateauReached(assessment.plateauReached().entrySet().stream()
                        .map(e -> new PlateauAssessmentPlateauReachedInner().theme(e.getKey()).plateau(e.getValue()))
                        .toList())
                .criteria(assessment.criteria().stream().map(view -> new nl.mensenhandel.monitor.api.model.PlateauCriterion()
                        .id(view.criterion().id())
                        .theme(view.criterion().theme())
                        .plateau(view.criterion().plateau())
                        .text(view.criterion().text())
                        .answer(nl.mensenhandel.monitor.api.model.PlateauAnswer.fromValue(view.answer()))
                        .note(view.note())
                        .evidence(view.evidence()))
                        .toList());
    }
}
