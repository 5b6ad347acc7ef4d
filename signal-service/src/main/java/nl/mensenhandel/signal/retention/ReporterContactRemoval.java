package nl.mensenhandel.signal.retention;

import java.time.Instant;
import java.util.List;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.retention.RetentionRule;
import reactor.core.publisher.Mono;
import nl.mensenhandel.signal.signal.Signal;
import nl.mensenhandel.signal.signal.SignalStatus;

/**
 * Rule (issue 6 §6; AVG art. 5 lid 1 c and e): the reporter's identity and contact serve feedback only,
 * so they are removed once the route has ended ({@code DOORGELEID} or {@code AFGESLOTEN}) and a grace
 * period ({@code platform.retention.records.reporter-contact}) has passed since the last change — time to
 * deliver the feedback. A reopened signal is not ended and keeps its reporter. One conditional update;
 * the route's status, feedback and dates stay.
 */
@Component
class ReporterContactRemoval implements RetentionRule {

    private final ReactiveMongoTemplate mongo;

    ReporterContactRemoval(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public String recordType() {
        return "reporter-contact";
    }

    @Override
    public Mono<Long> apply(String region, Instant cutoff, Instant now) {
        // the reporter, or the contact of the partner an AF recorded the signal for (issue 7 §1; its organisation
        // stays: it follows the status)
        Query ended = new Query(Criteria.where("region").is(region)
                .orOperator(Criteria.where("reporter").ne(null), Criteria.where("onBehalfOf.contact").ne(null))
                .and("status").in(List.of(SignalStatus.DOORGELEID, SignalStatus.AFGESLOTEN))
                .and("updatedAt").lt(cutoff));
        return mongo.updateMulti(ended, new Update().unset("reporter").unset("onBehalfOf.contactPerson")
                .unset("onBehalfOf.contact").inc("version", 1), Signal.class)
                .map(result -> result.getModifiedCount());
    }
}
