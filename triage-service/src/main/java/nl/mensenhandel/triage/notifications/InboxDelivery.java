package nl.mensenhandel.triage.notifications;

import java.util.List;

import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreaker;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.client.ServiceCommands;
import nl.mensenhandel.platform.outbox.OutboxDelivery;
import nl.mensenhandel.platform.outbox.OutboxMessage;
import nl.mensenhandel.triage.commands.Commands;
import nl.mensenhandel.triage.inboxclient.InboxApi;
import nl.mensenhandel.triage.inboxclient.model.AudienceEntry;
import nl.mensenhandel.triage.inboxclient.model.NewNotification;
import nl.mensenhandel.triage.inboxclient.model.NotificationUrgency;
import nl.mensenhandel.triage.inboxclient.model.ResourceReference;
import reactor.core.publisher.Mono;

/**
 * Delivers a casus' {@link Commands#NOTIFICATION} outbox entries to the platform inbox ({@code postNotification}
 * of {@code api-specs/inbox.yaml}) with triage-service's service account, inside the Resilience4j circuit
 * breaker and time limiter {@value #BREAKER}. The entry id is the Idempotency-Key (the inbox answers a repeat
 * with the notification posted first); the region is the casus' region, {@code about} the casus. A refusal by
 * the inbox (4xx) abandons the entry ({@code PermanentDeliveryFailure}); anything else is retried.
 */
@Component
public class InboxDelivery implements OutboxDelivery {

    /** The Resilience4j instances (application.yml); also the Feign client's name. */
    public static final String BREAKER = "signal-service-inbox";
    /** How the inbox names a casus ({@code ResourceReference.type}). */
    public static final String ABOUT_TYPE = "casus";

    private final InboxApi inbox;
    private final ServiceCommands commands;
    private final ReactiveCircuitBreaker breaker;

    public InboxDelivery(InboxApi inbox, ServiceCommands commands, ReactiveCircuitBreakerFactory<?, ?> breakers) {
        this.inbox = inbox;
        this.commands = commands;
        this.breaker = breakers.create(BREAKER);
    }

    @Override
    public String kind() {
        return Commands.NOTIFICATION;
    }

    @Override
    public Mono<Void> deliver(OutboxMessage message) {
        NewNotification body = notification(message.region(), message.documentId(),
                message.payload(Commands.Notification.class));
        return commands.send(breaker, () -> inbox.postNotification(body, message.id())).then();
    }

    static NewNotification notification(String region, String caseId, Commands.Notification payload) {
        List<AudienceEntry> audience = payload.audience().stream()
                .map(entry -> new AudienceEntry().role(entry.role()).municipalityCode(entry.municipalityCode())
                        .username(entry.username()))
                .toList();
        return new NewNotification(region, payload.kind(), new ResourceReference(ABOUT_TYPE, caseId), audience)
                .municipalityCode(payload.municipalityCode())
                .urgency(NotificationUrgency.fromValue(CasusNotifications.urgencyOf(payload.kind())))
                .message(payload.title());
    }
}
