package nl.mensenhandel.signal.handover;

import static nl.mensenhandel.signal.contract.ApiMapping.convert;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import nl.mensenhandel.platform.tenancy.CurrentTenant;
import nl.mensenhandel.signal.api.HandoverApi;
import nl.mensenhandel.signal.api.model.Handover;
import nl.mensenhandel.signal.api.model.HandoverDecision;
import nl.mensenhandel.signal.api.model.NewHandover;
import nl.mensenhandel.signal.signal.SignalApiMapper;
import reactor.core.publisher.Mono;

/** Hand-overs of a signal to another municipality's AF ({@code createHandover}, {@code decideHandover}). */
@RestController
public class HandoverController implements HandoverApi {

    private final SignalHandovers handovers;

    public HandoverController(SignalHandovers handovers) {
        this.handovers = handovers;
    }

    @Override
    public Mono<ResponseEntity<Handover>> createHandover(UUID signalId, Mono<NewHandover> newHandover,
            ServerWebExchange exchange) {
        return CurrentTenant.get().zipWith(newHandover)
                .flatMap(t -> handovers.handOver(t.getT1(), signalId.toString(),
                        new SignalHandovers.HandoverCommand(t.getT2().getToMunicipalityCode(), t.getT2().getReason(),
                                t.getT2().getForwardedTo())))
                .map(outcome -> ResponseEntity.status(HttpStatus.CREATED).body(SignalApiMapper.toApi(outcome.handover())));
    }

    @Override
    public Mono<ResponseEntity<Handover>> decideHandover(UUID signalId, UUID handoverId,
            Mono<HandoverDecision> handoverDecision, ServerWebExchange exchange) {
        return CurrentTenant.get().zipWith(handoverDecision)
                .flatMap(t -> handovers.decide(t.getT1(), signalId.toString(), handoverId.toString(),
                        convert(t.getT2().getDecision(), HandoverTable.Decision.class), t.getT2().getReason()))
                .map(outcome -> ResponseEntity.ok(SignalApiMapper.toApi(outcome.handover())));
    }
}
