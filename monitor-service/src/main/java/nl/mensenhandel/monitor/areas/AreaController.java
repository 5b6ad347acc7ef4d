package nl.mensenhandel.monitor.areas;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import nl.mensenhandel.monitor.api.AreasApi;
import nl.mensenhandel.monitor.api.model.Area;
import nl.mensenhandel.monitor.municipalities.MonitorAccessPolicy;
import nl.mensenhandel.platform.tenancy.CurrentTenant;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The areas contract ({@code api-specs/monitor-service.yaml}, {@code listAreas}): the caller's region's areas only;
 * roles as {@link MonitorAccessPolicy#mayReadFigures}. Reference data, no personal data: not access-logged.
 */
@RestController
public class AreaController implements AreasApi {

    private final AreaCatalogue catalogue;
    private final MonitorAccessPolicy access;

    public AreaController(AreaCatalogue catalogue, MonitorAccessPolicy access) {
        this.catalogue = catalogue;
        this.access = access;
    }

    @Override
    public Mono<ResponseEntity<Flux<Area>>> listAreas(ServerWebExchange exchange) {
        return CurrentTenant.get()
                .flatMap(caller -> access.mayReadFigures(caller).enforce(caller))
                .map(caller -> ResponseEntity.ok(Flux.fromIterable(catalogue.of(caller.region()))
                        .map(AreaController::toApi)));
    }

    static Area toApi(MonitorArea area) {
        return new Area().id(area.id()).name(area.name()).kind(area.kind())
                .municipalityCodes(area.municipalityCodes());
    }
}
