package nl.mensenhandel.platform.mongo;

import java.time.Duration;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import reactor.core.publisher.Mono;

/**
 * Health that tells the truth against both real MongoDB and the embedded wire-protocol store: it sends
 * {@code ping}, which both know (Boot's indicator sends {@code hello}, which the embedded store lacks).
 */
public class MongoPingHealthIndicator extends AbstractReactiveHealthIndicator {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final ReactiveMongoTemplate mongo;

    public MongoPingHealthIndicator(ReactiveMongoTemplate mongo) {
        super("MongoDB ping failed");
        this.mongo = mongo;
    }

    @Override
    protected Mono<Health> doHealthCheck(Health.Builder builder) {
        // bounded: without it a stopped store keeps health waiting for the driver's 30 s server selection
        return mongo.executeCommand(new Document("ping", 1))
                .timeout(TIMEOUT)
                .map(answer -> builder.up().withDetail("command", "ping").build());
    }
}
