package nl.mensenhandel.care.intake;

import java.time.Instant;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.retention.RetentionRule;
import reactor.core.publisher.Mono;

/**
 * Retention rule {@code care-questions} (AVG art. 5 lid 1 e): a question that led to no trajectory is removed this
 * long after it was recorded ({@code platform.retention.records.care-questions}, default two years — long enough to
 * see a repeat question about the same person, as for the tables' care requests). A question that opened a
 * trajectory is part of that care file and goes with it (retention rule {@code closed-trajectories}).
 */
@Component
class CareQuestionRetention implements RetentionRule {

    private final ReactiveMongoTemplate mongo;

    CareQuestionRetention(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public String recordType() {
        return "care-questions";
    }

    @Override
    public Mono<Long> apply(String region, Instant cutoff, Instant now) {
        Query due = Query.query(Criteria.where("region").is(region).and("recordedAt").lt(cutoff)
                .and("trajectoryId").is(null));
        return mongo.remove(due, CareQuestion.class).map(result -> result.getDeletedCount());
    }
}
