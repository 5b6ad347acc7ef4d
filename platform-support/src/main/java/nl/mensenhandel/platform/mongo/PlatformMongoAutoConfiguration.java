package nl.mensenhandel.platform.mongo;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import nl.mensenhandel.platform.idempotency.IdempotentCommands;
import tools.jackson.databind.json.JsonMapper;

/**
 * Region-scoped data access, idempotency keys, a truthful health check, and a store outage answered quickly
 * as 503 for each service (the access log: audit.AccessLogAutoConfiguration).
 */
@AutoConfiguration(afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoReactiveAutoConfiguration",
        beforeName = "org.springframework.boot.mongodb.autoconfigure.health.MongoReactiveHealthContributorAutoConfiguration")
@ConditionalOnClass(ReactiveMongoTemplate.class)
public class PlatformMongoAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    RegionScopedMongo regionScopedMongo(ReactiveMongoTemplate mongo) {
        return new RegionScopedMongo(mongo);
    }

    @Bean
    IdempotentCommands idempotentCommands(ReactiveMongoTemplate mongo, JsonMapper json, Clock clock) {
        return new IdempotentCommands(mongo, json, clock);
    }

    /** Named like Boot's own contributor so Boot's {@code hello}-based check backs off. */
    @Bean(name = "mongoHealthContributor")
    MongoPingHealthIndicator mongoHealthContributor(ReactiveMongoTemplate mongo) {
        return new MongoPingHealthIndicator(mongo);
    }

    /** Fail fast when the store is away instead of after the driver's 30 s (see StoreTimeouts). */
    @Bean
    MongoClientSettingsBuilderCustomizer platformServerSelectionTimeout(ObjectProvider<MongoConnectionDetails> connection,
            @Value("${platform.mongodb.server-selection-timeout:3s}") Duration timeout) {
        MongoConnectionDetails details = connection.getIfAvailable();
        return StoreTimeouts.serverSelection(details == null ? null : details.getConnectionString(), timeout);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
    static class StoreOutageAnswers {

        @Bean
        StoreUnavailableExceptionHandler storeUnavailableExceptionHandler(
                @Value("${platform.mongodb.retry-after:2s}") Duration retryAfter) {
            return new StoreUnavailableExceptionHandler(retryAfter);
        }
    }
}
