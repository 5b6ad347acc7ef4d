package nl.mensenhandel.enforcement.inspections;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.retention.RemovedAfter;

/**
 * Retention {@value #RECORD_TYPE} ({@code platform.retention.records.inspections}, default five years, P1825D; AVG
 * art. 5 lid 1 e): an inspection goes that long after it was logged. Five years covers a measure's procedure
 * (bezwaar, beroep, hoger beroep) and the repeat-offence term of the regional plans (Woningwet 13b / Opiumwet 13b
 * policies look back five years).
 */
@Component
class InspectionRetention extends RemovedAfter {

    static final String RECORD_TYPE = "inspections";

    InspectionRetention(ReactiveMongoTemplate mongo) {
        super(mongo, RECORD_TYPE, Inspection.class, cutoff -> Criteria.where("createdAt").lt(cutoff));
    }
}
