package nl.mensenhandel.monitor.partners;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import nl.mensenhandel.monitor.api.PartnerFiguresApi;
import nl.mensenhandel.monitor.api.model.Audience;
import nl.mensenhandel.monitor.api.model.PartnerFigure;
import nl.mensenhandel.monitor.api.model.PartnerFigureImport;
import nl.mensenhandel.monitor.api.model.PartnerFigureKind;
import nl.mensenhandel.monitor.api.model.PartnerSource;
import nl.mensenhandel.platform.tenancy.CurrentTenant;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The partner-figures contract ({@code api-specs/monitor-service.yaml}, tag {@code partner-figures}). */
@RestController
public class PartnerFiguresController implements PartnerFiguresApi {

    private final PartnerFigureImports imports;
    private final PartnerFigureQueries queries;

    public PartnerFiguresController(PartnerFigureImports imports, PartnerFigureQueries queries) {
        this.imports = imports;
        this.queries = queries;
    }

    @Override
    public Mono<ResponseEntity<PartnerFigureImport>> importPartnerFigures(Mono<String> body, String idempotencyKey,
            ServerWebExchange exchange) {
        return CurrentTenant.get().flatMap(caller -> body.defaultIfEmpty("")
                .flatMap(csv -> imports.importCsv(caller, idempotencyKey, csv))
                .map(outcome -> ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK)
                        .body(toApi(outcome.resource()))));
    }

    @Override
    public Mono<ResponseEntity<Flux<PartnerFigure>>> listPartnerFigures(Integer year, Audience audience,
            ServerWebExchange exchange) {
        return CurrentTenant.get().flatMap(caller -> queries.list(caller, year, audience))
                .map(listed -> ResponseEntity.ok(Flux.fromIterable(listed).map(PartnerFiguresController::toApi)));
    }

    static PartnerFigureImport toApi(PartnerFigureImportRecord stored) {
        return new PartnerFigureImport().imported(stored.imported()).unknown(stored.unknown())
                .estimates(stored.estimates()).years(stored.years())
                .sources(stored.sources().stream().map(PartnerSource::fromValue).toList());
    }

    static PartnerFigure toApi(PartnerFigureQueries.Listed listed) {
        PartnerFigureSet.StoredFigure figure = listed.figure();
        return new PartnerFigure().year(listed.set().year()).source(PartnerSource.fromValue(listed.set().source()))
                .area(figure.area()).form(figure.form()).measure(figure.measure())
                .kind(PartnerFigureKind.fromValue(figure.kind()))
                .value(listed.shown().value()).low(listed.shown().low()).high(listed.shown().high())
                .status(listed.shown().status()).display(listed.shown().display())
                .definition(figure.definition())
                .importedAt(listed.set().importedAt().atOffset(java.time.ZoneOffset.UTC));
    }
}
