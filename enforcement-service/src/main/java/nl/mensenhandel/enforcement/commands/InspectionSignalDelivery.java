package nl.mensenhandel.enforcement.commands;

import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreaker;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.stereotype.Component;

import nl.mensenhandel.enforcement.signalclient.IntakeApi;
import nl.mensenhandel.enforcement.signalclient.model.InspectionSignalReporter;
import nl.mensenhandel.enforcement.signalclient.model.NewInspectionSignal;
import nl.mensenhandel.enforcement.signalclient.model.ReceivedSignal;
import nl.mensenhandel.platform.client.ServiceCommands;
import nl.mensenhandel.platform.outbox.OutboxDelivery;
import nl.mensenhandel.platform.outbox.OutboxMessage;
import nl.mensenhandel.platform.outbox.PermanentDeliveryFailure;
import reactor.core.publisher.Mono;

/**
 * {@link EnforcementCommands#INSPECTION_SIGNAL}: a finding with trafficking indicators to signal-service
 * ({@code receiveInspectionSignal}) in the finding's region, with enforcement-service's account, inside breaker
 * {@value #RECEIVER}, the entry id as Idempotency-Key (a repeat becomes no second signal); afterwards the finding
 * records {@code signal.status = AFGELEVERD} and the signal's id. A refusal (4xx) is not retried and leaves the
 * finding TE_VERZENDEN; an outage leaves the entry to the dispatcher, which tries again later.
 */
@Component
class InspectionSignalDelivery implements OutboxDelivery {

    static final String RECEIVER = "signal-service";
    private static final Log LOG = LogFactory.getLog(InspectionSignalDelivery.class);

    private final ServiceCommands commands;
    private final ReactiveCircuitBreaker breaker;
    private final IntakeApi signals;
    private final DeliveredMarks marks;

    InspectionSignalDelivery(ServiceCommands commands, ReactiveCircuitBreakerFactory<?, ?> breakers, IntakeApi signals,
            DeliveredMarks marks) {
        this.commands = commands;
        this.breaker = breakers.create(RECEIVER);
        this.signals = signals;
        this.marks = marks;
    }

    @Override
    public String kind() {
        return EnforcementCommands.INSPECTION_SIGNAL;
    }

    @Override
    public Mono<Void> deliver(OutboxMessage message) {
        NewInspectionSignal body = body(message.region(), message.payload(EnforcementCommands.InspectionSignal.class));
        return commands.send(breaker, () -> signals.receiveInspectionSignal(message.id(), body))
                .flatMap(answer -> {
                    ReceivedSignal signal = answer.getBody();
                    return marks.signalDelivered(message, signal == null ? null : signal.getId().toString());
                })
                .doOnError(PermanentDeliveryFailure.class, refused -> LOG.warn("finding " + message.documentId()
                        + ": signal-service refused its signal; it stays TE_VERZENDEN"));
    }

    static NewInspectionSignal body(String region, EnforcementCommands.InspectionSignal finding) {
        Set<NewInspectionSignal.FormsEnum> forms = new LinkedHashSet<>();
        finding.forms().forEach(form -> forms.add(NewInspectionSignal.FormsEnum.fromValue(form)));
        InspectionSignalReporter reporter = new InspectionSignalReporter(finding.reporterSubject(),
                finding.reporterUsername(), finding.reporterOrganisation());
        return new NewInspectionSignal(region, finding.municipalityCode(), UUID.fromString(finding.inspectionId()),
                UUID.fromString(finding.findingId()), finding.inspectionType(),
                finding.observedAt().atOffset(ZoneOffset.UTC), forms, finding.indicators(), reporter)
                .personsPresent(finding.personsPresent())
                .minorsPresent(finding.minorsPresent())
                .overbewoning(finding.overbewoning())
                .observations(finding.observations());
    }
}
