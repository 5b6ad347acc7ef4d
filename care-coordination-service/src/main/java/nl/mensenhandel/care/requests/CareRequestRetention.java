package nl.mensenhandel.care.requests;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.retention.RemovedAfter;

/**
 * A care request is the table's question to care coordination, not the care record itself: it goes a while
 * after it arrived ({@code platform.retention.records.care-requests}, default two years; AVG art. 5 lid 1 e).
 * The casus in triage-service keeps the decision.
 */
@Component
class CareRequestRetention extends RemovedAfter {

    CareRequestRetention(ReactiveMongoTemplate mongo) {
        super(mongo, "care-requests", CareRequest.class, "receivedAt");
    }
}
