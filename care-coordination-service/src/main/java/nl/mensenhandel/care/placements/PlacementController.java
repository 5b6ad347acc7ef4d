package nl.mensenhandel.care.placements;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import nl.mensenhandel.care.api.PlacementsApi;
import nl.mensenhandel.care.api.model.NewPlacement;
import nl.mensenhandel.care.api.model.PlacementDecision;
import nl.mensenhandel.care.api.model.PlacementDeparture;
import nl.mensenhandel.care.api.model.PlacementIntake;
import nl.mensenhandel.care.api.model.PlacementPage;
import nl.mensenhandel.care.placements.PlacementApiMapper.View;
import nl.mensenhandel.platform.tenancy.CurrentTenant;
import nl.mensenhandel.platform.tenancy.Roles;
import nl.mensenhandel.platform.tenancy.TenantContext;
import reactor.core.publisher.Mono;

/**
 * The placements contract ({@code api-specs/care-coordination-service.yaml}, tag {@code placements}); rules live in
 * the requests, the lifecycle, the queries and the access policy.
 */
@RestController
public class PlacementController implements PlacementsApi {

    private final PlacementQueries queries;
    private final PlacementRequests requests;
    private final PlacementLifecycle lifecycle;

    public PlacementController(PlacementQueries queries, PlacementRequests requests, PlacementLifecycle lifecycle) {
        this.queries = queries;
        this.requests = requests;
        this.lifecycle = lifecycle;
    }

    @Override
    public Mono<ResponseEntity<PlacementPage>> listPlacements(nl.mensenhandel.care.api.model.PlacementStatus status,
            UUID trajectoryId, Integer page, Integer size, ServerWebExchange exchange) {
        PlacementQueries.Filter filter = new PlacementQueries.Filter(
                status == null ? null : PlacementStatus.valueOf(status.getValue()),
                trajectoryId == null ? null : trajectoryId.toString());
        return CurrentTenant.get()
                .flatMap(caller -> queries.list(caller, filter, page, size)
                        .map(result -> ResponseEntity.ok(PlacementApiMapper.toApi(result, view(caller)))));
    }

    @Override
    public Mono<ResponseEntity<nl.mensenhandel.care.api.model.Placement>> requestPlacement(UUID trajectoryId,
            String idempotencyKey, Mono<NewPlacement> body, ServerWebExchange exchange) {
        return CurrentTenant.get().flatMap(caller -> body
                .flatMap(request -> requests.request(caller, trajectoryId.toString(), idempotencyKey,
                        PlacementApiMapper.fromApi(request)))
                .map(outcome -> ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK)
                        .body(PlacementApiMapper.toApi(outcome.resource(), view(caller)))));
    }

    @Override
    public Mono<ResponseEntity<nl.mensenhandel.care.api.model.Placement>> getPlacement(UUID placementId,
            ServerWebExchange exchange) {
        return CurrentTenant.get().flatMap(caller -> queries.get(caller, placementId.toString())
                .map(placement -> ok(placement, caller)));
    }

    @Override
    public Mono<ResponseEntity<nl.mensenhandel.care.api.model.Placement>> decidePlacement(UUID placementId,
            Mono<PlacementDecision> body, ServerWebExchange exchange) {
        return CurrentTenant.get().flatMap(caller -> body
                .flatMap(decision -> lifecycle.decide(caller, placementId.toString(),
                        PlacementApiMapper.fromApi(decision)))
                .map(placement -> ok(placement, caller)));
    }

    @Override
    public Mono<ResponseEntity<nl.mensenhandel.care.api.model.Placement>> reportIntake(UUID placementId,
            Mono<PlacementIntake> body, ServerWebExchange exchange) {
        return CurrentTenant.get().flatMap(caller -> body
                .flatMap(intake -> lifecycle.intake(caller, placementId.toString(), intake.getArrivedAt().toInstant()))
                .map(placement -> ok(placement, caller)));
    }

    @Override
    public Mono<ResponseEntity<nl.mensenhandel.care.api.model.Placement>> reportDeparture(UUID placementId,
            Mono<PlacementDeparture> body, ServerWebExchange exchange) {
        return CurrentTenant.get().flatMap(caller -> body
                .flatMap(departure -> lifecycle.departure(caller, placementId.toString(),
                        PlacementApiMapper.fromApi(departure)))
                .map(placement -> ok(placement, caller)));
    }

    private static ResponseEntity<nl.mensenhandel.care.api.model.Placement> ok(Placement placement,
            TenantContext caller) {
        return ResponseEntity.ok(PlacementApiMapper.toApi(placement, view(caller)));
    }

    /** The whole placement for the care coordinator; a provider (without that role) gets its own view. */
    private static View view(TenantContext caller) {
        return caller.hasRole(Roles.ZORGCOORDINATOR) ? View.COORDINATOR : View.PROVIDER;
    }
}
