package nl.mensenhandel.triage.commands;

import java.util.UUID;
import java.util.concurrent.Callable;

import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.client.ServiceCommands;
import nl.mensenhandel.platform.outbox.OutboxMessage;
import nl.mensenhandel.triage.careclient.CareRequestsApi;
import nl.mensenhandel.triage.careclient.model.NewCareRequest;

/**
 * {@link Commands#CARE_REQUEST}: a ZORGTRAJECT or ZORG_EN_STRAF track to care-coordination-service
 * ({@code receiveCareRequest}), in the region of the casus; breaker {@value #RECEIVER}.
 */
@Component
class CareRequestDelivery extends TrackCommandDelivery {

    static final String RECEIVER = "care-coordination-service";

    private final CareRequestsApi care;

    CareRequestDelivery(ServiceCommands commands, ReactiveCircuitBreakerFactory<?, ?> breakers, TrackDeliveries tracks,
            CareRequestsApi care) {
        super(commands, breakers.create(RECEIVER), tracks, RECEIVER);
        this.care = care;
    }

    @Override
    public String kind() {
        return Commands.CARE_REQUEST;
    }

    @Override
    String trackId(OutboxMessage message) {
        return message.payload(Commands.CareRequest.class).trackId();
    }

    @Override
    Callable<?> call(OutboxMessage message) {
        Commands.CareRequest request = message.payload(Commands.CareRequest.class);
        NewCareRequest body = new NewCareRequest(message.region(), UUID.fromString(request.caseId()),
                request.caseReference(), UUID.fromString(request.trackId()),
                NewCareRequest.TrackTypeEnum.fromValue(request.trackType()), request.municipalityCodes(),
                request.regiehouderOrganisation(), request.careNeed(), request.dueDate(), request.urgent());
        return () -> care.receiveCareRequest(message.id(), body);
    }
}
