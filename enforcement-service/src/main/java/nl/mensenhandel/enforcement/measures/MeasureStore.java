package nl.mensenhandel.enforcement.measures;

import java.util.List;

import org.bson.Document;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.outbox.Outbox;
import reactor.core.publisher.Mono;

/**
 * How every change of a stored measure is written (ARCHITECTURE.md "What the persistence layer may rely on"): one
 * conditional {@code updateOne} on the measure as read — same id, region and {@code version} — that increases the
 * version; {@code modifiedCount} tells whether this caller won. Outbox entries the change causes are pushed in that
 * same update, so they are sent once and never for a change that was not stored. Only the changed fields are set:
 * the outbox delivery's own marks ({@code careRequest}, delivered entries) are never overwritten.
 */
@Component
class MeasureStore {

    private final ReactiveMongoTemplate mongo;

    MeasureStore(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** @return the measure after the change; empty when it had changed meanwhile (nothing written) */
    Mono<Measure> apply(Measure before, Update update, List<Document> entries) {
        Query unchanged = new Query(Criteria.where("_id").is(before.id()).and("region").is(before.region())
                .and("version").is(before.version()));
        update.inc("version", 1);
        if (!entries.isEmpty()) {
            update.push(Outbox.FIELD).each(entries.toArray());
        }
        return mongo.updateFirst(unchanged, update, Measure.class)
                .filter(result -> result.getModifiedCount() == 1)
                .flatMap(changed -> reload(before));
    }

    /** Documents as stored (no decryption), for queries that read only clear fields. */
    reactor.core.publisher.Flux<Document> findRaw(Query query) {
        return mongo.find(query, Document.class, Measure.COLLECTION);
    }

    reactor.core.publisher.Flux<Measure> find(Query query) {
        return mongo.find(query, Measure.class);
    }

    Mono<Measure> reload(Measure measure) {
        return mongo.findOne(new Query(Criteria.where("_id").is(measure.id()).and("region").is(measure.region())),
                Measure.class);
    }
}
