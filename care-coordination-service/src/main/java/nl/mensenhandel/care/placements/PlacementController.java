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
    public Mono<ResponseEntity<PlacementPage>> listPlacements(nl.mensenhandel.care.api.model.PlacementStatus status, java.util.UUID trajectoryId,
            Integer page, Integer size, ServerWebExchange exchange) {
        return CurrentTenant.get()
                .flatMap(caller -> queries.list(caller, page, size))
                .map(result -> ResponseEntity.ok(PlacementApiMapper.toApi(result)));
    }

    // BASE-BRANCH STUBS (i9-base only): the placements helper implements these.
    @Override
    public Mono<ResponseEntity<nl.mensenhandel.care.api.model.Placement>> requestPlacement(java.util.UUID trajectoryId,
            String idempotencyKey, Mono<nl.mensenhandel.care.api.model.NewPlacement> body, ServerWebExchange exchange) {
        return Mono.error(new UnsupportedOperationException("i9-base stub"));
    }

    @Override
    public Mono<ResponseEntity<nl.mensenhandel.care.api.model.Placement>> getPlacement(java.util.UUID placementId,
            ServerWebExchange exchange) {
        return Mono.error(new UnsupportedOperationException("i9-base stub"));
    }

    @Override
    public Mono<ResponseEntity<nl.mensenhandel.care.api.model.Placement>> decidePlacement(java.util.UUID placementId,
            Mono<nl.mensenhandel.care.api.model.PlacementDecision> body, ServerWebExchange exchange) {
        return Mono.error(new UnsupportedOperationException("i9-base stub"));
    }

    @Override
    public Mono<ResponseEntity<nl.mensenhandel.care.api.model.Placement>> reportIntake(java.util.UUID placementId,
            Mono<nl.mensenhandel.care.api.model.PlacementIntake> body, ServerWebExchange exchange) {
        return Mono.error(new UnsupportedOperationException("i9-base stub"));
    }

    @Override
    public Mono<ResponseEntity<nl.mensenhandel.care.api.model.Placement>> reportDeparture(java.util.UUID placementId,
            Mono<nl.mensenhandel.care.api.model.PlacementDeparture> body, ServerWebExchange exchange) {
        return Mono.error(new UnsupportedOperationException("i9-base stub"));
    }
}
