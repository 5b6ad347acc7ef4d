package nl.mensenhandel.enforcement.figures;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import nl.mensenhandel.enforcement.api.FiguresApi;
import nl.mensenhandel.enforcement.api.model.CountByKey;
import nl.mensenhandel.enforcement.api.model.MeasureCount;
import nl.mensenhandel.enforcement.api.model.MeasureStatus;
import nl.mensenhandel.enforcement.api.model.TeamFigures;
import nl.mensenhandel.platform.tenancy.CurrentTenant;
import reactor.core.publisher.Mono;

/** {@code getEnforcementFigures}. */
@RestController
public class FiguresController implements FiguresApi {

    private final EnforcementFigures figures;

    public FiguresController(EnforcementFigures figures) {
        this.figures = figures;
    }

    @Override
    public Mono<ResponseEntity<nl.mensenhandel.enforcement.api.model.EnforcementFigures>> getEnforcementFigures(
            Integer year, ServerWebExchange exchange) {
        return CurrentTenant.get().flatMap(caller -> figures.of(caller, year))
                .map(f -> ResponseEntity.ok(new nl.mensenhandel.enforcement.api.model.EnforcementFigures()
                        .region(f.region()).year(f.year())
                        .teams(f.teams().stream().map(t -> new TeamFigures().teamId(t.teamId()).name(t.name())
                                .inspectionsCarriedOut(t.carriedOut()).yearlyTarget(t.yearlyTarget())
                                .targetMet(t.targetMet())).toList())
                        .inspectionsByType(f.inspectionsByType().stream()
                                .map(k -> new CountByKey().key(k.key()).count(k.count())).toList())
                        .measures(f.measures().stream().map(m -> new MeasureCount().instrumentCode(m.instrumentCode())
                                .status(MeasureStatus.fromValue(m.status())).count(m.count())).toList())));
    }
}
