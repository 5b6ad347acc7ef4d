package nl.mensenhandel.enforcement.commands;

import java.time.ZoneOffset;
import java.util.UUID;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreaker;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.stereotype.Component;

import nl.mensenhandel.enforcement.careclient.CareRequestsApi;
import nl.mensenhandel.enforcement.careclient.model.NewEmergencyHousingRequest;
import nl.mensenhandel.platform.client.ServiceCommands;
import nl.mensenhandel.platform.outbox.OutboxDelivery;
import nl.mensenhandel.platform.outbox.OutboxMessage;
import nl.mensenhandel.platform.outbox.PermanentDeliveryFailure;
import reactor.core.publisher.Mono;

/**
 * {@link EnforcementCommands#EMERGENCY_HOUSING}: the people a measure puts out of their home, counted, to
 * care-coordination-service ({@code receiveEmergencyHousingRequest}) in the measure's region, with
 * enforcement-service's account, inside breaker {@value #RECEIVER}, the entry id as Idempotency-Key; afterwards
 * the measure records {@code careRequest = AFGELEVERD}. A refusal (4xx) is not retried; an outage leaves the entry
 * to the dispatcher.
 */
@Component
class EmergencyHousingDelivery implements OutboxDelivery {

    static final String RECEIVER = "care-coordination-service";
    private static final Log LOG = LogFactory.getLog(EmergencyHousingDelivery.class);

    private final ServiceCommands commands;
    private final ReactiveCircuitBreaker breaker;
    private final CareRequestsApi care;
    private final DeliveredMarks marks;

    EmergencyHousingDelivery(ServiceCommands commands, ReactiveCircuitBreakerFactory<?, ?> breakers,
            CareRequestsApi care, DeliveredMarks marks) {
        this.commands = commands;
        this.breaker = breakers.create(RECEIVER);
        this.care = care;
        this.marks = marks;
    }

    @Override
    public String kind() {
        return EnforcementCommands.EMERGENCY_HOUSING;
    }

    @Override
    public Mono<Void> deliver(OutboxMessage message) {
        EnforcementCommands.EmergencyHousing request = message.payload(EnforcementCommands.EmergencyHousing.class);
        NewEmergencyHousingRequest body = new NewEmergencyHousingRequest(message.region(), request.municipalityCode(),
                UUID.fromString(request.measureId()), request.instrumentCode(), request.adults(), request.minors(),
                request.shelterNeededFrom().atOffset(ZoneOffset.UTC));
        return commands.send(breaker, () -> care.receiveEmergencyHousingRequest(message.id(), body))
                .then(Mono.defer(() -> marks.careRequestDelivered(message)))
                .doOnError(PermanentDeliveryFailure.class, refused -> LOG.warn("measure " + message.documentId()
                        + ": care-coordination-service refused its emergency-housing request"));
    }
}
