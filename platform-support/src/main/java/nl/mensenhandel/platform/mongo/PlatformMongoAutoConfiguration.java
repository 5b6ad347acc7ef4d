package nl.mensenhandel.platform.mongo;

import java.time.Clock;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import nl.mensenhandel.platform.idempotency.IdempotentCommands;
import tools.jackson.databind.json.JsonMapper;

/** Region-scoped data access, idempotency keys and a truthful health check for each service (the access log: audit.AccessLogAutoConfiguration). */
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
}
