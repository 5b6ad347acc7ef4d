package nl.mensenhandel.enforcement.permits;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.retention.RemovedAfter;

/**
 * Retention {@value #RECORD_TYPE} ({@code platform.retention.records.permit-applications}, default five years,
 * P1825D; AVG art. 5 lid 1 e): a decided application is removed that long after its decision. Note: a granted licence
 * still in force counts for the licence cap; keep the period at least as long as licences run.
 */
@Component
class PermitRetention extends RemovedAfter {

    static final String RECORD_TYPE = "permit-applications";

    PermitRetention(ReactiveMongoTemplate mongo) {
        super(mongo, RECORD_TYPE, PermitApplication.class, cutoff -> Criteria.where("status")
                .ne(PermitStatus.IN_BEHANDELING.name()).and("decidedAt").lt(cutoff));
    }
}
