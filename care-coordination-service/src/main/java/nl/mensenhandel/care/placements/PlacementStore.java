package nl.mensenhandel.care.placements;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.outbox.Outbox;
import nl.mensenhandel.platform.outbox.OutboxDispatcher;
import reactor.core.publisher.Mono;

/**
 * How every change of a stored placement is written (ARCHITECTURE.md "What the persistence layer may rely on"): one
 * conditional {@code updateOne} on the placement as it was read — same id, region and {@code version} — that increases
 * the version, and {@code modifiedCount} tells whether this caller won. Of two callers (requests, job instances) that
 * change the same placement at once exactly one does; the other sees nothing changed. A notification the change raises
 * is pushed onto the placement's {@value Outbox#FIELD} in that same update, so it is delivered once even when the
 * inbox is down, and never for a change that was not stored; it is then delivered at once where possible.
 */
@Component
class PlacementStore {

    private static final Logger LOG = LoggerFactory.getLogger(PlacementStore.class);

    private final ReactiveMongoTemplate mongo;
    private final ObjectProvider<OutboxDispatcher> dispatcher;
    private final Duration inlineDeliveryLimit;

    PlacementStore(ReactiveMongoTemplate mongo, ObjectProvider<OutboxDispatcher> dispatcher,
            @Value("${care.notifications.inline-delivery-limit:PT5S}") Duration inlineDeliveryLimit) {
        this.mongo = mongo;
        this.dispatcher = dispatcher;
        this.inlineDeliveryLimit = inlineDeliveryLimit;
    }

    /**
     * Applies {@code update} to the placement as read, with the version increased and the notification (if any)
     * pushed onto its outbox.
     *
     * @return the placement after the change; empty when it had changed meanwhile (nothing was written)
     */
    Mono<Placement> apply(Placement before, Update update, Document notification) {
        Query unchanged = new Query(Criteria.where("_id").is(before.id()).and("region").is(before.region())
                .and("version").is(before.version()));
        update.inc("version", 1);
        if (notification != null) {
            update.push(Outbox.FIELD, notification);
        }
        return mongo.updateFirst(unchanged, update, Placement.class)
                .filter(result -> result.getModifiedCount() == 1)
                .flatMap(changed -> reload(before))
                .flatMap(after -> notification == null ? Mono.just(after) : deliverNow(after).thenReturn(after));
    }

    /** The placement as stored now (decrypted). */
    Mono<Placement> reload(Placement placement) {
        return mongo.findOne(new Query(Criteria.where("_id").is(placement.id()).and("region").is(placement.region())),
                Placement.class);
    }

    /**
     * Delivers the placement's notifications now, in the caller's flow, if this service has an outbox dispatcher;
     * an inbox that is slow or down only delays them (the dispatcher retries), it never fails the change.
     */
    private Mono<Void> deliverNow(Placement placement) {
        OutboxDispatcher available = dispatcher.getIfAvailable();
        if (available == null) {
            return Mono.empty();
        }
        return available.dispatchNow(Placement.COLLECTION, placement.id())
                .timeout(inlineDeliveryLimit)
                .onErrorResume(error -> {
                    LOG.atInfo().addKeyValue("placement", placement.id())
                            .addKeyValue("error", error.getClass().getSimpleName())
                            .log("Placement notification not delivered inline; the outbox retries it");
                    return Mono.empty();
                })
                .then();
    }

    /** One entry of a status history in its stored form (no personal data: the reason is the platform's own text). */
    static Document statusChange(PlacementStatus status, Instant at, String by, String reason) {
        Document change = new Document("status", status.name()).append("at", Date.from(at)).append("by", by);
        if (reason != null) {
            change.append("reason", reason);
        }
        return change;
    }
}
