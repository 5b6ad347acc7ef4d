package nl.mensenhandel.signal.inbox;

import java.time.Instant;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.retention.RetentionRule;
import reactor.core.publisher.Mono;

/**
 * A notification is a pointer to act on, not a record of its own: it goes a while after it was posted
 * ({@code platform.retention.records.notifications}, default 180 days; AVG art. 5 lid 1 e). The record it
 * points to keeps its own history.
 */
@Component
class NotificationRetention implements RetentionRule {

    private final ReactiveMongoTemplate mongo;

    NotificationRetention(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public String recordType() {
        return "notifications";
    }

    @Override
    public Mono<Long> apply(String region, Instant cutoff, Instant now) {
        Query due = new Query(Criteria.where("region").is(region).and("createdAt").lt(cutoff));
        return mongo.remove(due, Notification.class).map(result -> result.getDeletedCount());
    }
}
