package nl.mensenhandel.monitor.plateaus;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.retention.RemovedAfter;

/**
 * Retention {@value #RECORD_TYPE} ({@code platform.retention.records.plateau-assessments}, default ten years, P3650D;
 * AVG art. 5 lid 1 e): a self-assessment's notes are free text that may name a person, so an assessment is removed
 * that long after it was last changed. Ten years keeps the comparison over the policy periods the sources plan in
 * (the Zaanstreek-Waterland plan from 2022, Heemstede's 2024-2026) and the years before them.
 */
@Component
class PlateauAssessmentRetention extends RemovedAfter {

    static final String RECORD_TYPE = "plateau-assessments";

    PlateauAssessmentRetention(ReactiveMongoTemplate mongo) {
        super(mongo, RECORD_TYPE, PlateauAssessmentRecord.class, "updatedAt");
    }
}
