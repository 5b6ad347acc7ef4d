package nl.mensenhandel.platform.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import nl.mensenhandel.platform.crypto.FieldCryptoException;
import nl.mensenhandel.platform.observability.TraceContinuation;
import nl.mensenhandel.platform.scheduling.PeriodicJob;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivers due {@link OutboxEntry outbox entries} of every {@link OutboxCollection}, with retries.
 * <p>
 * <b>One pass</b> ({@link #dispatchOnce()}): find documents with a due entry ({@code nextAttemptAt <= now}),
 * then per entry: <i>claim</i> it with a conditional update — only if it is still due, it gets a fresh
 * lease token, {@code nextAttemptAt = now + lease} and one more attempt; {@code updateOne} +
 * {@code modifiedCount}, never {@code findOneAndUpdate} (its returned state is unreliable on the embedded
 * store: ARCHITECTURE.md) — so of several dispatchers (instances) exactly one wins; <i>deliver</i> it with
 * its {@link OutboxDelivery} within the delivery timeout; then, still conditional on the lease token,
 * <i>mark</i> it delivered (payload removed, never due again), or schedule the next attempt
 * ({@link OutboxProperties#backoffAfter}), or abandon it after {@code max-attempts} (when set) or a
 * {@link PermanentDeliveryFailure}. An instance that dies mid-attempt leaves a lease that runs out; the
 * entry is then due again.
 * <p>
 * Runs every {@code platform.outbox.poll-interval} and at once after {@link #wake()}. Logs ids, kinds and
 * error types only — never payloads or failure messages (an SMTP reply may quote an address).
 */
public class OutboxDispatcher extends PeriodicJob {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);

    /** What one pass did. */
    public record Pass(int delivered, int retried, int abandoned) {
        static final Pass NONE = new Pass(0, 0, 0);

        Pass plus(Pass other) {
            return new Pass(delivered + other.delivered, retried + other.retried, abandoned + other.abandoned);
        }
    }

    private record Due(String collection, Object rawId, String documentId, String region, int index, OutboxEntry entry) {
    }

    private final ReactiveMongoTemplate mongo;
    private final List<OutboxCollection> collections;
    private final Map<String, OutboxDelivery> deliveries;
    private final Outbox outbox;
    private final JsonMapper json;
    private final OutboxProperties properties;
    private final Clock clock;
    private final TraceContinuation traces;
    private final Sinks.Many<Long> wakeUps = Sinks.many().multicast().directBestEffort();

    public OutboxDispatcher(ReactiveMongoTemplate mongo, List<OutboxCollection> collections,
            List<OutboxDelivery> deliveries, Outbox outbox, JsonMapper json, OutboxProperties properties, Clock clock) {
        this(mongo, collections, deliveries, outbox, json, properties, clock, TraceContinuation.NONE);
    }

    /** @param traces each delivery runs in the trace of the request that recorded its entry */
    public OutboxDispatcher(ReactiveMongoTemplate mongo, List<OutboxCollection> collections,
            List<OutboxDelivery> deliveries, Outbox outbox, JsonMapper json, OutboxProperties properties, Clock clock,
            TraceContinuation traces) {
        super(new Schedule(properties.isEnabled() && !collections.isEmpty(), properties.getInitialDelay(),
                properties.getPollInterval()));
        properties.validate();
        this.mongo = mongo;
        this.collections = List.copyOf(collections);
        this.deliveries = deliveries.stream().collect(Collectors.toUnmodifiableMap(OutboxDelivery::kind,
                Function.identity()));
        this.outbox = outbox;
        this.json = json;
        this.properties = properties;
        this.clock = clock;
        this.traces = traces;
    }

    /** One pass over every collection; completes when every claimed entry was settled. */
    public Mono<Pass> dispatchOnce() {
        Instant now = clock.instant();
        return Flux.fromIterable(collections)
                .concatMap(collection -> due(collection.name(), now))
                .flatMap(this::attempt, properties.getConcurrency())
                .reduce(Pass.NONE, Pass::plus);
    }

    /**
     * Delivers the due entries of one document at once, in the caller's flow (e.g. an urgent notification that
     * must be in the receiver's inbox before the request that recorded it answers). The same claim, lease and
     * settlement as a pass: an entry another dispatcher holds is left to it, a failed attempt is scheduled for
     * the normal retry (nothing is lost), so the caller may ignore the outcome. Completes when every entry was
     * settled; never fails for a delivery's failure.
     *
     * @param collection a collection declared as {@link OutboxCollection}
     * @param documentId the aggregate's {@code _id} as stored
     */
    public Mono<Pass> dispatchNow(String collection, Object documentId) {
        if (collections.stream().noneMatch(declared -> declared.name().equals(collection))) {
            return Mono.error(new IllegalArgumentException("not an outbox collection: " + collection));
        }
        Instant now = clock.instant();
        return due(collection, now, documentId)
                .flatMap(this::attempt, properties.getConcurrency())
                .reduce(Pass.NONE, Pass::plus);
    }

    /** Asks for a pass now rather than at the next poll (e.g. right after recording an urgent entry). */
    public void wake() {
        wakeUps.tryEmitNext(clock.millis());
    }

    private Flux<Due> due(String collection, Instant now) {
        return due(collection, now, null);
    }

    /** Documents with a due entry — all of them (a batch), or the one named by {@code documentId}. */
    private Flux<Due> due(String collection, Instant now, Object documentId) {
        Query query = new Query(Criteria.where(Outbox.FIELD).elemMatch(Criteria.where("nextAttemptAt").lte(now)))
                .limit(properties.getBatchSize());
        if (documentId != null) {
            query.addCriteria(Criteria.where("_id").is(documentId));
        }
        query.fields().include("_id", "region", Outbox.FIELD);
        return mongo.find(query, Document.class, collection).flatMapIterable(document -> {
            List<OutboxEntry> entries = entries(document);
            List<Due> due = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                OutboxEntry entry = entries.get(i);
                if (!entry.done() && entry.nextAttemptAt() != null && !entry.nextAttemptAt().isAfter(now)) {
                    due.add(new Due(collection, document.get("_id"), String.valueOf(document.get("_id")),
                            document.getString("region"), i, entry));
                }
            }
            return due;
        });
    }

    private static List<OutboxEntry> entries(Document document) {
        return document.getList(Outbox.FIELD, Document.class, List.of()).stream().map(OutboxEntry::fromDocument)
                .toList();
    }

    private Mono<Pass> attempt(Due due) {
        String token = UUID.randomUUID().toString();
        Instant now = clock.instant();
        // the element by its position as read, guarded by its id: if retention shifted the array meanwhile,
        // the claim simply fails and the entry is claimed in a later pass
        String at = Outbox.FIELD + "." + due.index() + ".";
        Query stillDue = new Query(Criteria.where("_id").is(due.rawId()).and(at + "id").is(due.entry().id())
                .and(at + "nextAttemptAt").lte(now));
        Update claim = new Update().set(at + "nextAttemptAt", now.plus(properties.getLease()))
                .set(at + "leaseToken", token).inc(at + "attempts", 1);
        return mongo.updateFirst(stillDue, claim, due.collection())
                .flatMap(claimed -> claimed.getModifiedCount() == 1 ? deliver(due, token) : Mono.just(Pass.NONE));
    }

    private Mono<Pass> deliver(Due due, String token) {
        int attempt = due.entry().attempts() + 1;
        OutboxDelivery delivery = deliveries.get(due.entry().kind());
        if (delivery == null) {
            return abandon(due, token, "NoDeliveryForKind");
        }
        return traces.continued(due.entry().traceparent(), "outbox.delivery", due.entry().kind(),
                        () -> delivery.deliver(new OutboxMessage(due.entry().id(), due.entry().kind(),
                                due.region(), due.collection(), due.documentId(), attempt,
                                outbox.open(due.region(), due.documentId(), due.entry()), json))
                                .timeout(properties.getDeliveryTimeout()))
                .then(Mono.defer(() -> markDelivered(due, token)))
                .onErrorResume(error -> failed(due, token, attempt, error));
    }

    private Mono<Pass> markDelivered(Due due, String token) {
        Update delivered = new Update().set(slot("deliveredAt"), clock.instant()).unset(slot("payload"))
                .unset(slot("nextAttemptAt")).unset(slot("leaseToken")).unset(slot("lastError"));
        return mongo.updateFirst(leased(due, token), delivered, due.collection()).map(result -> {
            if (result.getModifiedCount() != 1) {
                // only if the lease ran out, which the timeout inside the lease prevents
                LOG.atWarn().addKeyValue("outbox.entry", due.entry().id()).addKeyValue("outbox.kind", due.entry().kind())
                        .log("Outbox entry delivered after its lease ended");
            }
            return new Pass(1, 0, 0);
        });
    }

    private Mono<Pass> failed(Due due, String token, int attempt, Throwable error) {
        String type = error instanceof TimeoutException ? "Timeout" : rootType(error);
        // a payload that does not decrypt never will: give up at once rather than retry for days
        if (error instanceof PermanentDeliveryFailure || error instanceof FieldCryptoException
                || properties.getMaxAttempts() > 0 && attempt >= properties.getMaxAttempts()) {
            return abandon(due, token, type);
        }
        Instant next = clock.instant().plus(properties.backoffAfter(attempt));
        LOG.atWarn().addKeyValue("outbox.entry", due.entry().id()).addKeyValue("outbox.kind", due.entry().kind())
                .addKeyValue("outbox.attempt", attempt).addKeyValue("outbox.error", type)
                .addKeyValue("outbox.nextAttemptAt", next).log("Outbox delivery failed; retrying later");
        Update retry = new Update().set(slot("nextAttemptAt"), next).set(slot("lastError"), type)
                .unset(slot("leaseToken"));
        return mongo.updateFirst(leased(due, token), retry, due.collection()).thenReturn(new Pass(0, 1, 0));
    }

    private Mono<Pass> abandon(Due due, String token, String type) {
        LOG.atError().addKeyValue("outbox.entry", due.entry().id()).addKeyValue("outbox.kind", due.entry().kind())
                .addKeyValue("outbox.collection", due.collection()).addKeyValue("outbox.error", type)
                .log("Outbox entry abandoned: it will not be delivered");
        Update abandoned = new Update().set(slot("abandonedAt"), clock.instant()).set(slot("lastError"), type)
                .unset(slot("payload")).unset(slot("nextAttemptAt")).unset(slot("leaseToken"));
        return mongo.updateFirst(leased(due, token), abandoned, due.collection()).thenReturn(new Pass(0, 0, 1));
    }

    /**
     * The entry holding this claim's lease token — unique, so the positional operator names exactly that
     * element (a condition on one array field only: the embedded store resolves {@code $} for it, not for
     * {@code $elemMatch}).
     */
    private static Query leased(Due due, String token) {
        return new Query(Criteria.where("_id").is(due.rawId()).and(Outbox.FIELD + ".leaseToken").is(token));
    }

    /** The element matched by {@link #leased} (positional operator). */
    private static String slot(String field) {
        return Outbox.FIELD + ".$." + field;
    }

    private static String rootType(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return error == root ? error.getClass().getSimpleName()
                : error.getClass().getSimpleName() + "/" + root.getClass().getSimpleName();
    }

    /** One scheduled pass, logged by its counts only. */
    @Override
    protected Mono<Pass> runOnce() {
        return dispatchOnce().doOnNext(pass -> {
            if (pass.delivered() + pass.retried() + pass.abandoned() > 0) {
                LOG.atInfo().addKeyValue("outbox.delivered", pass.delivered())
                        .addKeyValue("outbox.retried", pass.retried())
                        .addKeyValue("outbox.abandoned", pass.abandoned()).log("Outbox pass");
            }
        });
    }

    @Override
    protected Flux<Long> wakeUps() {
        return wakeUps.asFlux();
    }

    /** Only for tests and diagnostics: the stored entries of one document. */
    public Flux<OutboxEntry> entriesOf(String collection, Object documentId) {
        Query query = new Query(Criteria.where("_id").is(documentId));
        return mongo.findOne(query, Document.class, collection).flatMapIterable(OutboxDispatcher::entries);
    }
}
