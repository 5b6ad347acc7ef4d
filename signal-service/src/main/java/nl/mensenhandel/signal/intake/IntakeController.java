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
import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.problem.ProblemType;

/** Intake by staff and partners with an account ({@code createSignal} in {@code api-specs/signal-service.yaml}). */
@RestController
public class IntakeController implements IntakeApi {

    private final SignalIntake intake;

    public IntakeController(SignalIntake intake) {
        this.intake = intake;
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

    // BASE STUB (issue 10): replaced by the helper who implements receiveInspectionSignal
    @Override
    public Mono<ResponseEntity<ReceivedSignal>> receiveInspectionSignal(String idempotencyKey,
            Mono<NewInspectionSignal> newInspectionSignal, org.springframework.web.server.ServerWebExchange exchange) {
        return Mono.error(new ApiProblem(ProblemType.INTERNAL, "not implemented yet"));
    }
}
