package nl.mensenhandel.platform.outbox;

import java.time.Instant;
import java.util.List;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import nl.mensenhandel.platform.retention.RetentionRule;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Storage limitation of the outbox (AVG art. 5 lid 1 e): a delivered or abandoned entry already lost its
 * payload (the personal data) when it was settled; what remains — id, kind, times, error type — is
 * removed from its document after {@code platform.retention.records.outbox-entries.period} (default 30
 * days: long enough to answer "was it sent?", and for a receiver's deduplication window). Pending entries
 * are never removed by retention.
 */
public class OutboxRetention implements RetentionRule {

    public static final String RECORD_TYPE = "outbox-entries";

    private final ReactiveMongoTemplate mongo;
    private final List<OutboxCollection> collections;

    public OutboxRetention(ReactiveMongoTemplate mongo, List<OutboxCollection> collections) {
        this.mongo = mongo;
        this.collections = List.copyOf(collections);
    }

    @Override
    public String recordType() {
        return RECORD_TYPE;
    }

    @Override
    public Mono<Long> apply(String region, Instant cutoff, Instant now) {
        return Flux.fromIterable(collections)
                .concatMap(collection -> Flux.just("deliveredAt", "abandonedAt")
                        .concatMap(settled -> mongo.updateMulti(
                                new Query(Criteria.where("region").is(region).and(Outbox.FIELD)
                                        .elemMatch(Criteria.where(settled).lt(cutoff))),
                                new Update().pull(Outbox.FIELD, Query.query(Criteria.where(settled).lt(cutoff))),
                                collection.name())))
                .map(result -> result.getModifiedCount())
                .reduce(0L, Long::sum);
    }
}
