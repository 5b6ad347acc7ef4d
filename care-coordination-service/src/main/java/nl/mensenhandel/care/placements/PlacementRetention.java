package nl.mensenhandel.care.placements;


import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.retention.RemovedAfter;

/**
 * Retention {@value #RECORD_TYPE} ({@code platform.retention.records.placements}, default five years, P1825D; AVG
 * art. 5 lid 1 e): a placement that ended ({@code BEEINDIGD}) is removed that long after {@code endedAt}; one that
 * never started (declined or expired) that long after it was requested. The period covers the cost reports and the
 * CoMensha report over past years; open placements are never removed.
 */
@Component
class PlacementRetention extends RemovedAfter {

    static final String RECORD_TYPE = "placements";

    PlacementRetention(ReactiveMongoTemplate mongo) {
        super(mongo, RECORD_TYPE, Placement.class, cutoff -> new Criteria().orOperator(
                Criteria.where("status").is(PlacementStatus.BEEINDIGD.name()).and("endedAt").lt(cutoff),
                Criteria.where("status").in(PlacementStatus.AFGEWEZEN.name(), PlacementStatus.VERLOPEN.name())
                        .and("createdAt").lt(cutoff)));
    }
}
