package nl.mensenhandel.monitor.municipalities;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import nl.mensenhandel.monitor.api.MunicipalitiesApi;
import nl.mensenhandel.monitor.api.model.MunicipalityPage;
import nl.mensenhandel.platform.tenancy.CurrentTenant;
import reactor.core.publisher.Mono;

/** The municipalities contract ({@code api-specs/monitor-service.yaml}). */
@RestController
public class MunicipalityController implements MunicipalitiesApi {

    private final RegionMunicipalities municipalities;

    public MunicipalityController(RegionMunicipalities municipalities) {
        this.municipalities = municipalities;
    }

    @Override
    public Mono<ResponseEntity<MunicipalityPage>> listMunicipalities(Integer page, Integer size,
            ServerWebExchange exchange) {
        return CurrentTenant.get()
                .flatMap(caller -> municipalities.list(caller, page, size))
                .map(result -> ResponseEntity.ok(MunicipalityApiMapper.toApi(result)));
    }
}
