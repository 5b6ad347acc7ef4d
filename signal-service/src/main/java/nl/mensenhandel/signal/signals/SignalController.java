package nl.mensenhandel.signal.signals;

import java.net.URI;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import nl.mensenhandel.platform.tenancy.CurrentTenant;
import nl.mensenhandel.signal.api.SignalsApi;
import nl.mensenhandel.signal.api.model.NewSignal;
import nl.mensenhandel.signal.api.model.SignalPage;
import nl.mensenhandel.signal.api.model.SignalStatus;
import reactor.core.publisher.Mono;

/** The signals contract ({@code api-specs/signal-service.yaml}); the rules live in intake and queries. */
@RestController
public class SignalController implements SignalsApi {

    private final SignalIntake intake;
    private final SignalQueries queries;

    public SignalController(SignalIntake intake, SignalQueries queries) {
        this.intake = intake;
        this.queries = queries;
    }

    @Override
    public Mono<ResponseEntity<nl.mensenhandel.signal.api.model.Signal>> createSignal(Mono<NewSignal> newSignal,
            @Nullable String idempotencyKey, ServerWebExchange exchange) {
        return CurrentTenant.get().zipWith(newSignal)
                .flatMap(t -> intake.receive(t.getT1(), SignalApiMapper.toReport(t.getT2()), idempotencyKey))
                .map(outcome -> {
                    var body = SignalApiMapper.toApi(outcome.resource());
                    URI location = URI.create(SignalsApi.PATH_CREATE_SIGNAL + "/" + body.getId());
                    return outcome.created()
                            ? ResponseEntity.created(location).body(body)
                            : ResponseEntity.ok().location(location).body(body);
                });
    }

    @Override
    public Mono<ResponseEntity<nl.mensenhandel.signal.api.model.Signal>> getSignal(UUID signalId,
            ServerWebExchange exchange) {
        return CurrentTenant.get()
                .flatMap(caller -> queries.read(caller, signalId.toString()))
                .map(signal -> ResponseEntity.ok(SignalApiMapper.toApi(signal)));
    }

    @Override
    public Mono<ResponseEntity<SignalPage>> listSignals(Integer page, Integer size, @Nullable String municipalityCode,
            @Nullable SignalStatus status, ServerWebExchange exchange) {
        nl.mensenhandel.signal.signals.SignalStatus domainStatus = status == null ? null
                : nl.mensenhandel.signal.signals.SignalStatus.valueOf(status.name());
        return CurrentTenant.get()
                .flatMap(caller -> queries.list(caller, page, size, municipalityCode, domainStatus))
                .map(result -> ResponseEntity.ok(SignalApiMapper.toApi(result)));
    }
}
