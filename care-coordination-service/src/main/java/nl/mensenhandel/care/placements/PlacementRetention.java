package nl.mensenhandel.care.placements;

import java.time.Instant;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.retention.RetentionRule;
import reactor.core.publisher.Mono;

/**
 * Retention {@value #RECORD_TYPE} ({@code platform.retention.records.placements}, default five years, P1825D; AVG
 * art. 5 lid 1 e): a placement that ended ({@code BEEINDIGD}) is removed that long after {@code endedAt}; one that
 * never started (declined or expired) that long after it was requested. The period covers the cost reports and the
 * CoMensha report over past years; open placements are never removed.
 */
@Component
class PlacementRetention implements RetentionRule {

    static final String RECORD_TYPE = "placements";

    private final ReactiveMongoTemplate mongo;

    PlacementRetention(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public String recordType() {
        return RECORD_TYPE;
    }

    @Override
    public Mono<Long> apply(String region, Instant cutoff, Instant now) {
        Criteria ended = Criteria.where("status").is(PlacementStatus.BEEINDIGD.name()).and("endedAt").lt(cutoff);
        Criteria neverStarted = Criteria.where("status")
                .in(PlacementStatus.AFGEWEZEN.name(), PlacementStatus.VERLOPEN.name()).and("createdAt").lt(cutoff);
        Query due = new Query(Criteria.where("region").is(region).orOperator(ended, neverStarted));
        return mongo.remove(due, Placement.class).map(result -> result.getDeletedCount());
    }
}
