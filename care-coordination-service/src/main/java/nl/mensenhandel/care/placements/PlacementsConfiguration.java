package nl.mensenhandel.care.placements;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.mensenhandel.platform.outbox.OutboxCollection;

/**
 * The placements as an outbox collection: the notifications a placement raises (a decline, an expired reservation, a
 * noodbed running out) wait in its {@code outbox} until the platform inbox took them.
 */
@Configuration(proxyBeanMethods = false)
class PlacementsConfiguration {

    @Bean
    OutboxCollection placementOutbox() {
        return new OutboxCollection(Placement.COLLECTION);
    }
}
