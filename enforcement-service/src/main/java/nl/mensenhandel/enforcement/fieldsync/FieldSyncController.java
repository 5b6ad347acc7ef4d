package nl.mensenhandel.enforcement.fieldsync;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import nl.mensenhandel.enforcement.api.FieldSyncApi;
import nl.mensenhandel.enforcement.api.model.FieldSyncBatch;
import nl.mensenhandel.enforcement.api.model.FieldSyncResult;
import nl.mensenhandel.platform.tenancy.CurrentTenant;
import reactor.core.publisher.Mono;

/** POST /api/enforcement/field-sync: per-record outcomes of an offline field tool's batch. */
@RestController
public class FieldSyncController implements FieldSyncApi {

    private final FieldSync sync;

    public FieldSyncController(FieldSync sync) {
        this.sync = sync;
    }

    @Override
    public Mono<ResponseEntity<FieldSyncResult>> syncFieldRecords(Mono<FieldSyncBatch> body, String idempotencyKey,
            ServerWebExchange exchange) {
        return CurrentTenant.get().zipWith(body)
                .flatMap(both -> sync.sync(both.getT1(), both.getT2().getRecords()))
                .map(ResponseEntity::ok);
    }
}
