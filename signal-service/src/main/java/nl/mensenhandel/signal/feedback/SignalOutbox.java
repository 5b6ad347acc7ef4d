package nl.mensenhandel.signal.feedback;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.mensenhandel.platform.outbox.OutboxCollection;

/**
 * Signals carry an outbox (platform-support {@code outbox}): mail to reporters now, later commands to other
 * services. Entries are written with the decision in the signal document.
 */
@Configuration(proxyBeanMethods = false)
class SignalOutbox {

    @Bean
    OutboxCollection signalOutboxCollection() {
        return new OutboxCollection("signals");
    }
}
