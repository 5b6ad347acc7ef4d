package nl.mensenhandel.triage.cases;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import nl.mensenhandel.platform.tenancy.CurrentTenant;
import nl.mensenhandel.triage.api.CasesApi;
import nl.mensenhandel.triage.api.model.CasusPage;
import reactor.core.publisher.Mono;

/** The casussen contract ({@code api-specs/triage-service.yaml}); the rules live in the queries and policy. */
@RestController
public class CasusController implements CasesApi {

    private final CasusQueries queries;

    public CasusController(CasusQueries queries) {
        this.queries = queries;
    }

    @Override
    public Mono<ResponseEntity<CasusPage>> listCases(Integer page, Integer size, ServerWebExchange exchange) {
        return CurrentTenant.get()
                .flatMap(caller -> queries.list(caller, page, size))
                .map(result -> ResponseEntity.ok(CasusApiMapper.toApi(result)));
    }
}
