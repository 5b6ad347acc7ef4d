package nl.mensenhandel.signal.feedback;

import java.time.Instant;
import java.util.List;

import org.bson.Document;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.retention.RetentionRule;
import nl.mensenhandel.signal.signal.SignalStatus;

import reactor.core.publisher.Mono;

/**
 * Rule (AVG art. 5 lid 1 c and e): the address a feedback was mailed to is the reporter's contact, so it
 * goes when the contact goes — once the route has ended and the reporter-contact period
 * ({@code platform.retention.records.feedback-recipients}, default that of {@code reporter-contact}) has
 * passed since the last change. The history keeps what was told, when and how; only "to which address"
 * is removed. Works on the stored form (the entries stay encrypted), conditional on the version read.
 */
@Component
class FeedbackRecipientRemoval implements RetentionRule {

    static final int BATCH = 500;

    private final ReactiveMongoTemplate mongo;

    FeedbackRecipientRemoval(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public String recordType() {
        return "feedback-recipients";
    }

    @Override
    public Mono<Long> apply(String region, Instant cutoff, Instant now) {
        Query due = new Query(Criteria.where("region").is(region)
                .and("status").in(List.of(SignalStatus.DOORGELEID.name(), SignalStatus.AFGESLOTEN.name()))
                .and("updatedAt").lt(cutoff)
                .and(ReporterFeedback.HISTORY).elemMatch(Criteria.where("recipient").exists(true)))
                .limit(BATCH);
        due.fields().include("_id", "version", ReporterFeedback.HISTORY);
        return mongo.find(due, Document.class, "signals")
                .concatMap(this::withoutRecipients)
                .reduce(0L, Long::sum);
    }

    private Mono<Long> withoutRecipients(Document signal) {
        List<Document> history = signal.getList(ReporterFeedback.HISTORY, Document.class, List.of()).stream()
                .map(entry -> {
                    Document copy = new Document(entry);
                    copy.remove("recipient");
                    return copy;
                }).toList();
        Query unchanged = new Query(Criteria.where("_id").is(signal.get("_id")).and("version").is(signal.get("version")));
        return mongo.updateFirst(unchanged, new Update().set(ReporterFeedback.HISTORY, history).inc("version", 1),
                "signals").map(result -> result.getModifiedCount());
    }

}
