package nl.mensenhandel.care.requests;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.retention.RemovedAfter;

/**
 * An emergency-housing request is a question for the night, not a care record: it goes a while after it arrived
 * ({@code platform.retention.records.emergency-housing-requests}, default one year; AVG art. 5 lid 1 e). The measure
 * in enforcement-service keeps what was decided.
 */
@Component
class EmergencyHousingRetention extends RemovedAfter {

    EmergencyHousingRetention(ReactiveMongoTemplate mongo) {
        super(mongo, "emergency-housing-requests", EmergencyHousingRequest.class, "receivedAt");
    }
}
