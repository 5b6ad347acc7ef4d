package nl.mensenhandel.monitor.figures;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import nl.mensenhandel.monitor.api.FiguresApi;
import nl.mensenhandel.monitor.api.model.Audience;
import nl.mensenhandel.monitor.api.model.ExploitationForm;
import nl.mensenhandel.monitor.api.model.MonitorReport;
import nl.mensenhandel.monitor.national.NationalFigures;
import nl.mensenhandel.platform.tenancy.CurrentTenant;
import reactor.core.publisher.Mono;

/** The figures contract ({@code api-specs/monitor-service.yaml}, tag figures). */
@RestController
public class FiguresController implements FiguresApi {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final MonitorFigures figures;
    private final NationalFigures national;

    public FiguresController(MonitorFigures figures, NationalFigures national) {
        this.figures = figures;
        this.national = national;
    }

    @Override
    public Mono<ResponseEntity<MonitorReport>> getMonitorFigures(Audience audience, Integer fromYear, Integer toYear,
            Integer quarter, String area, ExploitationForm form, ServerWebExchange exchange) {
        MonitorFigures.Request request = new MonitorFigures.Request(audience, fromYear, toYear, quarter, area, form);
        return CurrentTenant.get()
                .flatMap(caller -> figures.report(caller, request))
                .map(report -> ResponseEntity.ok(FiguresApiMapper.toApi(report)));
    }

    @Override
    public Mono<ResponseEntity<String>> exportMonitorFiguresCsv(Audience audience, Integer fromYear, Integer toYear,
            Integer quarter, String area, ExploitationForm form, ServerWebExchange exchange) {
        MonitorFigures.Request request = new MonitorFigures.Request(audience, fromYear, toYear, quarter, area, form);
        return CurrentTenant.get()
                .flatMap(caller -> figures.report(caller, request))
                .map(report -> ResponseEntity.ok().contentType(CSV)
                        .header("Content-Disposition", "attachment; filename=\"monitor-" + report.region() + ".csv\"")
                        .body(FiguresCsv.of(report)));
    }

    @Override
    public Mono<ResponseEntity<MonitorReport>> getNationalFigures(Integer fromYear, Integer toYear,
            ServerWebExchange exchange) {
        return CurrentTenant.get()
                .flatMap(caller -> national.report(caller, fromYear, toYear))
                .map(report -> ResponseEntity.ok(FiguresApiMapper.toApi(report)));
    }
}
