package nl.mensenhandel.signal.intake;

import java.net.URI;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import nl.mensenhandel.platform.idempotency.IdempotentOutcome;
import nl.mensenhandel.platform.tenancy.CurrentTenant;
import nl.mensenhandel.signal.api.IntakeApi;
import nl.mensenhandel.signal.api.model.NewSignal;
import nl.mensenhandel.signal.api.model.ReceivedSignal;
import reactor.core.publisher.Mono;
import nl.mensenhandel.signal.api.model.NewInspectionSignal;

/**
 * Intake by staff and partners with an account ({@code createSignal} in {@code api-specs/signal-service.yaml}), and
 * of inspection findings relayed by enforcement-service ({@code receiveInspectionSignal}).
 */
@RestController
public class IntakeController implements IntakeApi {

    private final SignalIntake intake;
    private final InspectionSignals inspectionSignals;

    public IntakeController(SignalIntake intake, InspectionSignals inspectionSignals) {
        this.intake = intake;
        this.inspectionSignals = inspectionSignals;
    }

    @Override
    public Mono<ResponseEntity<ReceivedSignal>> createSignal(Mono<NewSignal> newSignal,
            @Nullable String idempotencyKey, ServerWebExchange exchange) {
        return CurrentTenant.get().zipWith(newSignal)
                .flatMap(t -> intake.receive(t.getT1(), IntakeApiMapper.toReport(t.getT2()), idempotencyKey))
                .map(IntakeController::created);
    }

    static ResponseEntity<ReceivedSignal> created(IdempotentOutcome<SignalIntake.Received> outcome) {
        ReceivedSignal body = IntakeApiMapper.toReceived(outcome.resource());
        URI location = URI.create(IntakeApi.PATH_CREATE_SIGNAL + "/" + body.getId());
        return outcome.created()
                ? ResponseEntity.created(location).body(body)
                : ResponseEntity.ok().location(location).body(body);
    }

    /** receiveInspectionSignal: enforcement-service's outbox delivers a finding with trafficking indicators. */
    @Override
    public Mono<ResponseEntity<ReceivedSignal>> receiveInspectionSignal(String idempotencyKey,
            Mono<NewInspectionSignal> newInspectionSignal, ServerWebExchange exchange) {
        return newInspectionSignal
                .flatMap(body -> inspectionSignals.receive(IntakeApiMapper.toFinding(body), idempotencyKey))
                .map(IntakeController::created);
    }
}
