package nl.mensenhandel.platform.retention;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import nl.mensenhandel.platform.idempotency.IdempotentCommands;
import nl.mensenhandel.platform.mongo.PlatformMongoAutoConfiguration;
import nl.mensenhandel.platform.tenancy.Municipality;
import nl.mensenhandel.platform.tenancy.MunicipalityRegistry;
import reactor.core.publisher.Mono;

/**
 * The retention sweep for every service with a store: the rules are the service's {@link RetentionRule}
 * beans plus the platform's own (idempotency keys); the regions come from the reference data.
 */
@AutoConfiguration(after = PlatformMongoAutoConfiguration.class)
@ConditionalOnClass(ReactiveMongoTemplate.class)
@ConditionalOnBean(IdempotentCommands.class)
@EnableConfigurationProperties(RetentionProperties.class)
public class RetentionAutoConfiguration {

    @Bean
    RetentionPeriods retentionPeriods(RetentionProperties properties) {
        return new RetentionPeriods(properties);
    }

    /** Used keys: a retry comes within minutes or days, never after the period (default 30 days). */
    @Bean
    RetentionRule idempotencyKeyRetention(IdempotentCommands idempotent) {
        return new RetentionRule() {
            @Override
            public String recordType() {
                return "idempotency-keys";
            }

            @Override
            public boolean perRegion() {
                return false;
            }

            @Override
            public Mono<Long> apply(String region, Instant cutoff, Instant now) {
                return idempotent.deleteUsedBefore(cutoff);
            }
        };
    }

    @Bean
    RetentionSweep retentionSweep(List<RetentionRule> rules, RetentionPeriods periods,
            ObjectProvider<MunicipalityRegistry> registry, RetentionProperties properties, Clock clock) {
        return new RetentionSweep(rules, periods, () -> regions(registry.getIfAvailable(MunicipalityRegistry::load)),
                properties, clock);
    }

    private static SortedSet<String> regions(MunicipalityRegistry registry) {
        return registry.all().stream().map(Municipality::region).collect(Collectors.toCollection(TreeSet::new));
    }
}
