package nl.mensenhandel.care.requests;

import java.time.Instant;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.retention.RetentionRule;
import reactor.core.publisher.Mono;

/**
 * A care request is the table's question to care coordination, not the care record itself: it goes a while
 * after it arrived ({@code platform.retention.records.care-requests}, default two years; AVG art. 5 lid 1 e).
 * The casus in triage-service keeps the decision.
 */
@Component
class CareRequestRetention implements RetentionRule {

    private final ReactiveMongoTemplate mongo;

    CareRequestRetention(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public String recordType() {
        return "care-requests";
    }

    @Override
    public Mono<Long> apply(String region, Instant cutoff, Instant now) {
        Query due = new Query(Criteria.where("region").is(region).and("receivedAt").lt(cutoff));
        return mongo.remove(due, CareRequest.class).map(result -> result.getDeletedCount());
    }
}
