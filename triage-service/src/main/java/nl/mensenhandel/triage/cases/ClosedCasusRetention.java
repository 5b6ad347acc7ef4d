package nl.mensenhandel.triage.cases;

import java.time.Instant;
import java.util.List;

import org.bson.Document;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.outbox.Outbox;
import nl.mensenhandel.platform.outbox.OutboxEntry;
import nl.mensenhandel.platform.retention.RetentionRule;
import reactor.core.publisher.Mono;

/**
 * Storage limitation of casussen (AVG art. 5 lid 1 e): a closed casus ({@code AFGESLOTEN}) — its summary,
 * decisions, tracks and criminal information — is removed as a whole a period after it was closed, its last
 * change ({@code platform.retention.records.closed-cases.period}, set by {@code triage.retention.closed-cases}
 * or {@code TRIAGE_RETENTION_CLOSED_CASES}; default five years, {@code P1826D}: the period a region keeps a
 * closed ZVH casus for a repeat signal and for accountability, to be confirmed in its DPIA). A casus whose
 * outbox still holds a command to deliver is kept until it is settled: no command is lost to retention.
 * Open casussen are never removed by this rule.
 */
@Component
class ClosedCasusRetention implements RetentionRule {

    static final String RECORD_TYPE = "closed-cases";

    private final ReactiveMongoTemplate mongo;

    ClosedCasusRetention(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public String recordType() {
        return RECORD_TYPE;
    }

    @Override
    public Mono<Long> apply(String region, Instant cutoff, Instant now) {
        Query closed = new Query(Criteria.where("region").is(region).and("status").is(CasusStatus.AFGESLOTEN.name())
                .and("updatedAt").lt(cutoff));
        closed.fields().include("_id", Outbox.FIELD);
        // the pending check in code: array-element $exists is not matched alike by the embedded store
        return mongo.find(closed, Document.class, "cases")
                .filter(casus -> casus.getList(Outbox.FIELD, Document.class, List.of()).stream()
                        .noneMatch(ClosedCasusRetention::pending))
                .concatMap(casus -> mongo.remove(new Query(Criteria.where("_id").is(casus.get("_id")).and("region")
                        .is(region).and("status").is(CasusStatus.AFGESLOTEN.name()).and("updatedAt").lt(cutoff)),
                        "cases"))
                .map(result -> result.getDeletedCount())
                .reduce(0L, Long::sum);
    }

    /** A pending entry is still due some time ({@code nextAttemptAt}); a settled one is delivered or abandoned. */
    private static boolean pending(Document entry) {
        return !OutboxEntry.fromDocument(entry).done();
    }
}
