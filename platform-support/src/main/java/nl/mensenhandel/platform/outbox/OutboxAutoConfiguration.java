package nl.mensenhandel.platform.outbox;

import java.time.Clock;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import nl.mensenhandel.platform.crypto.FieldCryptoAutoConfiguration;
import nl.mensenhandel.platform.crypto.FieldEncryption;
import nl.mensenhandel.platform.mongo.PlatformMongoAutoConfiguration;
import nl.mensenhandel.platform.observability.ObservabilityAutoConfiguration;
import nl.mensenhandel.platform.observability.TraceContinuation;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox for a service that declares at least one {@link OutboxCollection}: {@link Outbox} to write
 * entries, the {@link OutboxDispatcher} to deliver them with every {@link OutboxDelivery} bean, and the
 * retention rule {@code outbox-entries}.
 */
@AutoConfiguration(after = {PlatformMongoAutoConfiguration.class, FieldCryptoAutoConfiguration.class,
        ObservabilityAutoConfiguration.class},
        beforeName = "nl.mensenhandel.platform.retention.RetentionAutoConfiguration")
@ConditionalOnClass(ReactiveMongoTemplate.class)
@ConditionalOnBean(OutboxCollection.class)
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxAutoConfiguration {

    @Bean
    Outbox outbox(FieldEncryption encryption, JsonMapper json, Clock clock, ObjectProvider<TraceContinuation> traces) {
        return new Outbox(encryption, json, clock, traces.getIfAvailable(() -> TraceContinuation.NONE));
    }

    @Bean
    OutboxDispatcher outboxDispatcher(ReactiveMongoTemplate mongo, List<OutboxCollection> collections,
            ObjectProvider<OutboxDelivery> deliveries, Outbox outbox, JsonMapper json, OutboxProperties properties, Clock clock,
            ObjectProvider<TraceContinuation> traces) {
        return new OutboxDispatcher(mongo, collections, deliveries.orderedStream().toList(), outbox, json, properties, clock,
                traces.getIfAvailable(() -> TraceContinuation.NONE));
    }

    @Bean
    OutboxRetention outboxRetention(ReactiveMongoTemplate mongo, List<OutboxCollection> collections) {
        return new OutboxRetention(mongo, collections);
    }
}
