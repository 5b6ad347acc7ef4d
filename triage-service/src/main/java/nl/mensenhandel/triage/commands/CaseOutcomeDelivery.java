package nl.mensenhandel.triage.commands;

import java.util.UUID;

import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreaker;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.client.ServiceCommands;
import nl.mensenhandel.platform.outbox.OutboxDelivery;
import nl.mensenhandel.platform.outbox.OutboxMessage;
import nl.mensenhandel.triage.signalclient.TriageApi;
import nl.mensenhandel.triage.signalclient.model.CaseOutcome;
import nl.mensenhandel.triage.signalclient.model.ClosingReason;
import reactor.core.publisher.Mono;

/**
 * {@link Commands#CASE_OUTCOME}: the table's outcome, one entry per signal of the casus, to signal-service
 * ({@code recordCaseOutcome}: status and feedback for the reporter), in the region of the casus, with the entry
 * id as Idempotency-Key; breaker {@value #BREAKER}. A refusal (the AF took the signal back: 409) is final and
 * logged by the dispatcher; an outage is retried.
 */
@Component
class CaseOutcomeDelivery implements OutboxDelivery {

    static final String BREAKER = "signal-service-outcomes";

    private final ServiceCommands commands;
    private final ReactiveCircuitBreaker breaker;
    private final TriageApi signals;

    CaseOutcomeDelivery(ServiceCommands commands, ReactiveCircuitBreakerFactory<?, ?> breakers, TriageApi signals) {
        this.commands = commands;
        this.breaker = breakers.create(BREAKER);
        this.signals = signals;
    }

    @Override
    public String kind() {
        return Commands.CASE_OUTCOME;
    }

    @Override
    public Mono<Void> deliver(OutboxMessage message) {
        Commands.CaseOutcome outcome = message.payload(Commands.CaseOutcome.class);
        CaseOutcome body = new CaseOutcome(message.region(), UUID.fromString(outcome.caseId()),
                outcome.caseReference(), UUID.fromString(outcome.decisionId()),
                CaseOutcome.ResultEnum.fromValue(outcome.result()),
                (outcome.trackTypes() == null ? java.util.List.<String>of() : outcome.trackTypes()).stream()
                        .map(CaseOutcome.TrackTypesEnum::fromValue).toList())
                .closingReason(outcome.closingReason() == null ? null : ClosingReason.fromValue(outcome.closingReason()))
                .feedback(outcome.feedback());
        return commands.send(breaker,
                () -> signals.recordCaseOutcome(UUID.fromString(outcome.signalId()), message.id(), body)).then();
    }
}
