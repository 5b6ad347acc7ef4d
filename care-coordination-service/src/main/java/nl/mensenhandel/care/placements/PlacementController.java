package nl.mensenhandel.care.placements;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import nl.mensenhandel.care.api.PlacementsApi;
import nl.mensenhandel.care.api.model.PlacementPage;
import nl.mensenhandel.platform.tenancy.CurrentTenant;
import reactor.core.publisher.Mono;

/** The placements contract ({@code api-specs/care-coordination-service.yaml}); rules live in queries and policy. */
@RestController
public class PlacementController implements PlacementsApi {

    private final PlacementQueries queries;

    public PlacementController(PlacementQueries queries) {
        this.queries = queries;
    }

    @Override
    public Mono<ResponseEntity<PlacementPage>> listPlacements(Integer page, Integer size, ServerWebExchange exchange) {
        return CurrentTenant.get()
                .flatMap(caller -> queries.list(caller, page, size))
                .map(result -> ResponseEntity.ok(PlacementApiMapper.toApi(result)));
    }
}
