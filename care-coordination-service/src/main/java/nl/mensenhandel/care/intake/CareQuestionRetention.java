package nl.mensenhandel.care.intake;


import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.retention.RemovedAfter;

/**
 * Retention rule {@code care-questions} (AVG art. 5 lid 1 e): a question that led to no trajectory is removed this
 * long after it was recorded ({@code platform.retention.records.care-questions}, default two years — long enough to
 * see a repeat question about the same person, as for the tables' care requests). A question that opened a
 * trajectory is part of that care file and goes with it (retention rule {@code closed-trajectories}).
 */
@Component
class CareQuestionRetention extends RemovedAfter {

    CareQuestionRetention(ReactiveMongoTemplate mongo) {
        super(mongo, "care-questions", CareQuestion.class,
                cutoff -> Criteria.where("recordedAt").lt(cutoff).and("trajectoryId").is(null));
    }
}
