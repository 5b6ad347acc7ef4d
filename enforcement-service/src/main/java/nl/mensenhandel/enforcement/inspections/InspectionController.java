package nl.mensenhandel.enforcement.inspections;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import nl.mensenhandel.enforcement.api.InspectionsApi;
import nl.mensenhandel.enforcement.api.model.InspectionPage;
import nl.mensenhandel.platform.tenancy.CurrentTenant;
import reactor.core.publisher.Mono;

/** The inspections contract ({@code api-specs/enforcement-service.yaml}); rules live in queries and policy. */
@RestController
public class InspectionController implements InspectionsApi {

    private final InspectionQueries queries;

    public InspectionController(InspectionQueries queries) {
        this.queries = queries;
    }

    @Override
    public Mono<ResponseEntity<InspectionPage>> listInspections(Integer page, Integer size,
            ServerWebExchange exchange) {
        return CurrentTenant.get()
                .flatMap(caller -> queries.list(caller, page, size))
                .map(result -> ResponseEntity.ok(InspectionApiMapper.toApi(result)));
    }
}
