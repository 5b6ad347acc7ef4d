package nl.mensenhandel.enforcement.findings;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.retention.RemovedAfter;

/**
 * Retention {@code findings} ({@code platform.retention.records.findings}, default five years like the inspection
 * they belong to; AVG art. 5 lid 1 e): a finding goes that long after it was recorded.
 */
@Component
class FindingRetention extends RemovedAfter {

    FindingRetention(ReactiveMongoTemplate mongo) {
        super(mongo, "findings", InspectionFinding.class, "recordedAt");
    }
}
