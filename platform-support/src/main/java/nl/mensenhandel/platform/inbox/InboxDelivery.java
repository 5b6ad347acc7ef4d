package nl.mensenhandel.platform.inbox;

import java.util.List;

import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreaker;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;

import nl.mensenhandel.platform.client.ServiceCommands;
import nl.mensenhandel.platform.inbox.client.InboxApi;
import nl.mensenhandel.platform.inbox.client.model.AudienceEntry;
import nl.mensenhandel.platform.inbox.client.model.NewNotification;
import nl.mensenhandel.platform.inbox.client.model.NotificationUrgency;
import nl.mensenhandel.platform.inbox.client.model.ResourceReference;
import nl.mensenhandel.platform.outbox.OutboxDelivery;
import nl.mensenhandel.platform.outbox.OutboxMessage;
import reactor.core.publisher.Mono;

/**
 * Delivers {@link InboxNotification} outbox entries to the platform inbox ({@code postNotification} of
 * {@code api-specs/inbox.yaml}, served by signal-service) with the service's own service account
 * ({@link ServiceCommands}), inside the Resilience4j circuit breaker and time limiter {@value #BREAKER}. The entry
 * id is the Idempotency-Key (the inbox answers a repeat with the notification posted first); the region is the
 * region of the record holding the entry, {@code about} that record ({@link InboxSubject}). A refusal by the inbox
 * (4xx) abandons the entry ({@code PermanentDeliveryFailure}); anything else is retried by the outbox.
 * <p>
 * A service enables it with {@code @Import(InboxDeliveryConfiguration.class)} and one {@link InboxSubject} bean.
 */
public class InboxDelivery implements OutboxDelivery {

    /** The Resilience4j instances (the service's application.yml); also the Feign client's name. */
    public static final String BREAKER = "signal-service-inbox";

    private final InboxApi inbox;
    private final ServiceCommands commands;
    private final ReactiveCircuitBreaker breaker;
    private final InboxSubject subject;

    public InboxDelivery(InboxApi inbox, ServiceCommands commands, ReactiveCircuitBreakerFactory<?, ?> breakers,
            InboxSubject subject) {
        this.inbox = inbox;
        this.commands = commands;
        this.breaker = breakers.create(BREAKER);
        this.subject = subject;
    }

    @Override
    public String kind() {
        return InboxNotification.KIND;
    }

    @Override
    public Mono<Void> deliver(OutboxMessage message) {
        NewNotification body = notification(message.region(), message.documentId(),
                message.payload(InboxNotification.class), subject);
        return commands.send(breaker, () -> inbox.postNotification(body, message.id())).then();
    }

    /** The inbox's request body for an entry of the record {@code documentId} of {@code region}. */
    public static NewNotification notification(String region, String documentId, InboxNotification payload,
            InboxSubject subject) {
        List<AudienceEntry> audience = payload.audience().stream()
                .map(entry -> new AudienceEntry().role(entry.role()).municipalityCode(entry.municipalityCode())
                        .username(entry.username()))
                .toList();
        return new NewNotification(region, payload.kind(), new ResourceReference(subject.aboutType(payload.kind()), documentId),
                audience)
                .municipalityCode(payload.municipalityCode())
                .urgency(NotificationUrgency.fromValue(subject.urgency(payload.kind())))
                .message(payload.title());
    }
}
