package nl.mensenhandel.triage.commands;

import java.util.UUID;
import java.util.concurrent.Callable;

import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.client.ServiceCommands;
import nl.mensenhandel.platform.outbox.OutboxMessage;
import nl.mensenhandel.triage.enforcementclient.InspectionRequestsApi;
import nl.mensenhandel.triage.enforcementclient.model.NewInspectionRequest;

/**
 * {@link Commands#INSPECTION_REQUEST}: an INTEGRALE_CONTROLE track to enforcement-service
 * ({@code receiveInspectionRequest}), in the region of the casus; breaker {@value #RECEIVER}.
 */
@Component
class InspectionRequestDelivery extends TrackCommandDelivery {

    static final String RECEIVER = "enforcement-service";

    private final InspectionRequestsApi enforcement;

    InspectionRequestDelivery(ServiceCommands commands, ReactiveCircuitBreakerFactory<?, ?> breakers,
            TrackDeliveries tracks, InspectionRequestsApi enforcement) {
        super(commands, breakers.create(RECEIVER), tracks, RECEIVER);
        this.enforcement = enforcement;
    }

    @Override
    public String kind() {
        return Commands.INSPECTION_REQUEST;
    }

    @Override
    String trackId(OutboxMessage message) {
        return message.payload(Commands.InspectionRequest.class).trackId();
    }

    @Override
    Callable<?> call(OutboxMessage message) {
        Commands.InspectionRequest request = message.payload(Commands.InspectionRequest.class);
        NewInspectionRequest body = new NewInspectionRequest(message.region(), UUID.fromString(request.caseId()),
                request.caseReference(), UUID.fromString(request.trackId()), request.municipalityCodes(),
                request.reason(), request.dueDate(), request.urgent());
        return () -> enforcement.receiveInspectionRequest(message.id(), body);
    }
}
