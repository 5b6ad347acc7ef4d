package nl.mensenhandel.enforcement.measures;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.retention.RemovedAfter;

/**
 * Retention {@value #RECORD_TYPE} ({@code platform.retention.records.measures}, default five years, P1825D; AVG art. 5
 * lid 1 e): a measure that ended ({@code BEEINDIGD}) is removed that long after {@code endedAt} — long enough for
 * Woningwet 17 and 13b, which look back at earlier measures at the same premises, and for the figures over past
 * years. Measures still running are never removed.
 */
@Component
class MeasureRetention extends RemovedAfter {

    static final String RECORD_TYPE = "measures";

    MeasureRetention(ReactiveMongoTemplate mongo) {
        super(mongo, RECORD_TYPE, Measure.class, cutoff -> Criteria.where("status")
                .is(MeasureStatus.BEEINDIGD.name()).and("endedAt").lt(cutoff));
    }
}
