package nl.mensenhandel.care.trajectories;

import java.time.Instant;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import nl.mensenhandel.care.intake.CareQuestions;
import nl.mensenhandel.platform.retention.RetentionRule;
import reactor.core.publisher.Mono;

/**
 * Retention rule {@code closed-trajectories} (AVG art. 5 lid 1 e): a closed zorgtraject is removed — with the care
 * question that opened it — this long after it was closed ({@code platform.retention.records.closed-trajectories},
 * default {@code P1825D}, five years). Why five years: a victim who returns (repeat victimisation, DOMAIN.md §5) is
 * helped by the earlier file, the CoMensha report and the cost key look back over calendar years, and the
 * Wmo 2015 / Jeugdwet care is municipal care whose files municipalities commonly keep that long; a region may set
 * a shorter period. An open trajectory is never removed; a reopened one counts from its next closing.
 */
@Component
class ClosedTrajectoryRetention implements RetentionRule {

    private final ReactiveMongoTemplate mongo;
    private final CareQuestions questions;

    ClosedTrajectoryRetention(ReactiveMongoTemplate mongo, CareQuestions questions) {
        this.mongo = mongo;
        this.questions = questions;
    }

    @Override
    public String recordType() {
        return "closed-trajectories";
    }

    @Override
    public Mono<Long> apply(String region, Instant cutoff, Instant now) {
        Query due = Query.query(Criteria.where("region").is(region).and("status").is(TrajectoryStatus.AFGESLOTEN.name())
                .and("closedAt").lt(cutoff));
        due.fields().include("_id");
        return mongo.find(due, org.bson.Document.class, Zorgtraject.COLLECTION)
                .map(document -> String.valueOf(document.get("_id"))).collectList()
                .flatMap(ids -> questions.removeOfTrajectories(region, ids)
                        .then(ids.isEmpty() ? Mono.just(0L)
                                : mongo.remove(Query.query(Criteria.where("region").is(region).and("_id").in(ids)
                                        .and("status").is(TrajectoryStatus.AFGESLOTEN.name())), StoredTrajectory.class)
                                        .map(result -> result.getDeletedCount())));
    }
}
