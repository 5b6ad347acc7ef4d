package nl.mensenhandel.enforcement.requests;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.retention.RemovedAfter;

/**
 * An inspection request is the table's question to enforcement, not the inspection record: it goes a while
 * after it arrived ({@code platform.retention.records.inspection-requests}, default two years; AVG art. 5 lid 1
 * e). The casus in triage-service keeps the decision.
 */
@Component
class InspectionRequestRetention extends RemovedAfter {

    InspectionRequestRetention(ReactiveMongoTemplate mongo) {
        super(mongo, "inspection-requests", InspectionRequest.class, "receivedAt");
    }
}
