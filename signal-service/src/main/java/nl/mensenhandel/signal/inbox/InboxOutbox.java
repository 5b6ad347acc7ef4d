package nl.mensenhandel.signal.inbox;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.mensenhandel.platform.outbox.OutboxCollection;

/**
 * Notifications carry an outbox (platform-support {@code outbox}): the e-mails about a notification are written
 * with it, in the same insert, and delivered by the dispatcher.
 */
@Configuration(proxyBeanMethods = false)
class InboxOutbox {

    @Bean
    OutboxCollection notificationOutboxCollection() {
        return new OutboxCollection(Notification.COLLECTION);
    }
}
