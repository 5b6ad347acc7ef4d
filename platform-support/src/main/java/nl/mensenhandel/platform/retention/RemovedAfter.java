package nl.mensenhandel.platform.retention;

import java.time.Instant;
import java.util.function.Function;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import reactor.core.publisher.Mono;

/**
 * The simplest retention rule: a region's records of one type are removed once the moment in {@code timeField}
 * lies before the cutoff of the type's period. A service declares one {@code @Component} per type, e.g.
 * {@code class CareRequestRetention extends RemovedAfter}, and says in its Javadoc why that period.
 */
public abstract class RemovedAfter implements RetentionRule {

    private final ReactiveMongoTemplate mongo;
    private final String recordType;
    private final Class<?> type;
    private final Function<Instant, Criteria> dueBefore;

    protected RemovedAfter(ReactiveMongoTemplate mongo, String recordType, Class<?> type, String timeField) {
        this(mongo, recordType, type, cutoff -> Criteria.where(timeField).lt(cutoff));
    }

    /**
     * For a type whose records fall due by more than one moment (e.g. by status: an ended placement after its end,
     * a declined one after its request).
     *
     * @param dueBefore what makes a record due for the cutoff (the region is added)
     */
    protected RemovedAfter(ReactiveMongoTemplate mongo, String recordType, Class<?> type,
            Function<Instant, Criteria> dueBefore) {
        this.mongo = mongo;
        this.recordType = recordType;
        this.type = type;
        this.dueBefore = dueBefore;
    }

    @Override
    public String recordType() {
        return recordType;
    }

    @Override
    public Mono<Long> apply(String region, Instant cutoff, Instant now) {
        Query due = new Query(Criteria.where("region").is(region).andOperator(dueBefore.apply(cutoff)));
        return mongo.remove(due, type).map(result -> result.getDeletedCount());
    }
}
