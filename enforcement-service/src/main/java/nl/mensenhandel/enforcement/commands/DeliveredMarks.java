package nl.mensenhandel.enforcement.commands;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.outbox.OutboxMessage;
import reactor.core.publisher.Mono;

/**
 * Records on the finding or measure that its command arrived: one conditional update of the document that holds
 * the outbox entry (its id and region), guarded on the mark's absence so a repeated delivery changes nothing, and
 * counting up {@code version} so an edit based on the state before the delivery is refused rather than undoing it.
 */
@Component
class DeliveredMarks {

    static final String DELIVERED = "AFGELEVERD";

    private final ReactiveMongoTemplate mongo;

    DeliveredMarks(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The finding's signal: {@code signal.status = AFGELEVERD}, {@code signal.signalId} = the signal created. */
    Mono<Void> signalDelivered(OutboxMessage message, String signalId) {
        return mark(message, "signal.status", new Update().set("signal.status", DELIVERED)
                .set("signal.signalId", signalId));
    }

    /** The measure's request for emergency housing: {@code careRequest = AFGELEVERD}. */
    Mono<Void> careRequestDelivered(OutboxMessage message) {
        return mark(message, "careRequest", new Update().set("careRequest", DELIVERED));
    }

    private Mono<Void> mark(OutboxMessage message, String field, Update update) {
        Query notYet = new Query(Criteria.where("_id").is(message.documentId()).and("region").is(message.region())
                .and(field).ne(DELIVERED));
        return mongo.updateFirst(notYet, update.inc("version", 1), message.collection()).then();
    }
}
