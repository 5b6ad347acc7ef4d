package nl.mensenhandel.enforcement.requests;

import java.time.Instant;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.retention.RetentionRule;
import reactor.core.publisher.Mono;

/**
 * An inspection request is the table's question to enforcement, not the inspection record: it goes a while
 * after it arrived ({@code platform.retention.records.inspection-requests}, default two years; AVG art. 5 lid 1
 * e). The casus in triage-service keeps the decision.
 */
@Component
class InspectionRequestRetention implements RetentionRule {

    private final ReactiveMongoTemplate mongo;

    InspectionRequestRetention(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public String recordType() {
        return "inspection-requests";
    }

    @Override
    public Mono<Long> apply(String region, Instant cutoff, Instant now) {
        Query due = new Query(Criteria.where("region").is(region).and("receivedAt").lt(cutoff));
        return mongo.remove(due, InspectionRequest.class).map(result -> result.getDeletedCount());
    }
}
