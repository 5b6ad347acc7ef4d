package nl.mensenhandel.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.mock.env.MockEnvironment;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;

import nl.mensenhandel.platform.crypto.FieldEncryption;
import nl.mensenhandel.platform.crypto.TestKeys;
import nl.mensenhandel.platform.testing.EmbeddedMongo;
import nl.mensenhandel.platform.testing.MutableClock;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** The outbox rules (ARCHITECTURE.md "Coordination between services"): delivered later, never twice. */
class OutboxDispatcherTest {

    static final String REGION = "zaanstreek-waterland";
    static final String COLLECTION = "things";
    static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

    record Note(String to, String text) {
    }

    /** Records what it delivered; fails while {@link #down} is set. */
    static final class RecordingDelivery implements OutboxDelivery {
        final List<OutboxMessage> delivered = new CopyOnWriteArrayList<>();
        final AtomicBoolean down = new AtomicBoolean();
        volatile Duration delay = Duration.ZERO;
        volatile boolean permanent;

        @Override
        public String kind() {
            return "note";
        }

        @Override
        public Mono<Void> deliver(OutboxMessage message) {
            return Mono.delay(delay).then(Mono.defer(() -> {
                if (permanent) {
                    return Mono.error(new PermanentDeliveryFailure("no such receiver", null));
                }
                if (down.get()) {
                    return Mono.error(new IllegalStateException("receiver down: to " + message.payload(Note.class).to()));
                }
                delivered.add(message);
                return Mono.empty();
            }));
        }
    }

    private static final EmbeddedMongo MONGO = EmbeddedMongo.start();
    private static final MongoClient CLIENT = MongoClients.create(MONGO.uri());

    private final ReactiveMongoTemplate mongo = new ReactiveMongoTemplate(CLIENT, "outbox-" + UUID.randomUUID());
    private final MutableClock clock = new MutableClock(NOW);
    private final JsonMapper json = JsonMapper.builder().build();
    private final Outbox outbox = new Outbox(encryption(), json, clock);
    private final RecordingDelivery delivery = new RecordingDelivery();
    private final OutboxProperties properties = new OutboxProperties();

    @AfterAll
    static void stop() {
        CLIENT.close();
        MONGO.stop();
    }

    static FieldEncryption encryption() {
        try {
            return FieldEncryption.fromEnvironment(new MockEnvironment()
                    .withProperty("platform.crypto.field-keys", TestKeys.fieldKeys()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private OutboxDispatcher dispatcher() {
        return new OutboxDispatcher(mongo, List.of(new OutboxCollection(COLLECTION)), List.of(delivery), outbox, json,
                properties, clock);
    }

    /** An aggregate with a decision and its entry, written in one insert. */
    private String decide(String entryId, Note note) {
        String id = UUID.randomUUID().toString();
        Document thing = new Document("_id", id).append("region", REGION).append("status", "DECIDED")
                .append(Outbox.FIELD, List.of(outbox.entry(REGION, id, entryId, "note", note).toDocument()));
        mongo.insert(thing, COLLECTION).block();
        return id;
    }

    private OutboxEntry entry(String documentId) {
        return dispatcher().entriesOf(COLLECTION, documentId).blockFirst();
    }

    private Document stored(String documentId) {
        return mongo.findOne(new Query(Criteria.where("_id").is(documentId)), Document.class, COLLECTION).block();
    }

    @Test
    void anEntryIsDeliveredOnceWithItsClearPayloadAndItsPayloadIsRemovedAfterwards() {
        String id = decide(id("feedback"), new Note("melder@example.org", "Uw signaal is doorgeleid"));

        assertThat(dispatcher().dispatchOnce().block()).isEqualTo(new OutboxDispatcher.Pass(1, 0, 0));

        assertThat(delivery.delivered).singleElement().satisfies(message -> {
            assertThat(message.payload(Note.class)).isEqualTo(new Note("melder@example.org", "Uw signaal is doorgeleid"));
            assertThat(message.documentId()).isEqualTo(id);
            assertThat(message.region()).isEqualTo(REGION);
            assertThat(message.attempt()).isEqualTo(1);
        });
        OutboxEntry settled = entry(id);
        assertThat(settled.deliveredAt()).isEqualTo(NOW);
        assertThat(settled.payload()).isNull();
        assertThat(settled.nextAttemptAt()).isNull();

        clock.advance(Duration.ofDays(1));
        assertThat(dispatcher().dispatchOnce().block()).isEqualTo(OutboxDispatcher.Pass.NONE);
        assertThat(delivery.delivered).hasSize(1);
    }

    @Test
    void thePayloadIsEncryptedAtRestBoundToItsDocument() {
        String id = decide(id("feedback"), new Note("melder@example.org", "Uw signaal is doorgeleid"));

        String stored = stored(id).getList(Outbox.FIELD, Document.class).getFirst().getString("payload");
        assertThat(stored).startsWith(FieldEncryption.PREFIX).doesNotContain("melder@example.org");
        assertThat(stored(id).toJson()).doesNotContain("melder").doesNotContain("doorgeleid");
    }

    @Test
    void aFailedDeliveryIsRetriedWithExponentialBackoffAndDeliveredOnceTheReceiverIsBack() {
        String id = decide(id("feedback"), new Note("melder@example.org", "x"));
        delivery.down.set(true);

        assertThat(dispatcher().dispatchOnce().block()).isEqualTo(new OutboxDispatcher.Pass(0, 1, 0));
        OutboxEntry first = entry(id);
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(first.nextAttemptAt()).isEqualTo(NOW.plusSeconds(10));
        assertThat(first.lastError()).isEqualTo("IllegalStateException").doesNotContain("melder");
        assertThat(first.payload()).startsWith(FieldEncryption.PREFIX);

        // not due yet: nothing happens
        assertThat(dispatcher().dispatchOnce().block()).isEqualTo(OutboxDispatcher.Pass.NONE);

        clock.advance(Duration.ofSeconds(10));
        assertThat(dispatcher().dispatchOnce().block()).isEqualTo(new OutboxDispatcher.Pass(0, 1, 0));
        assertThat(entry(id).nextAttemptAt()).isEqualTo(NOW.plusSeconds(10 + 20));

        delivery.down.set(false);
        clock.advance(Duration.ofSeconds(20));
        assertThat(dispatcher().dispatchOnce().block()).isEqualTo(new OutboxDispatcher.Pass(1, 0, 0));
        assertThat(delivery.delivered).singleElement().extracting(OutboxMessage::attempt).isEqualTo(3);
        assertThat(entry(id).lastError()).isNull();
        clock.advance(Duration.ofHours(1));
        assertThat(dispatcher().dispatchOnce().block()).isEqualTo(OutboxDispatcher.Pass.NONE);
        assertThat(delivery.delivered).hasSize(1);
    }

    /** dispatchNow: one document's entries at once, in the caller's flow (the urgent path of triage). */
    @Test
    void dispatchNowDeliversTheDueEntriesOfThatDocumentOnlyAndNeverTwice() {
        String urgent = decide(id("urgent"), new Note("af@example.org", "spoed"));
        String other = decide(id("other"), new Note("b@example.org", "later"));

        assertThat(dispatcher().dispatchNow(COLLECTION, urgent).block()).isEqualTo(new OutboxDispatcher.Pass(1, 0, 0));

        assertThat(delivery.delivered).singleElement().extracting(OutboxMessage::documentId).isEqualTo(urgent);
        assertThat(entry(urgent).deliveredAt()).isEqualTo(NOW);
        assertThat(entry(urgent).payload()).isNull();
        assertThat(entry(other).done()).isFalse();
        // the next pass delivers the other one, and not the urgent one again
        assertThat(dispatcher().dispatchOnce().block()).isEqualTo(new OutboxDispatcher.Pass(1, 0, 0));
        assertThat(delivery.delivered).extracting(OutboxMessage::documentId).containsExactly(urgent, other);
        assertThat(dispatcher().dispatchNow(COLLECTION, urgent).block()).isEqualTo(OutboxDispatcher.Pass.NONE);
    }

    /** A failed immediate delivery is not lost: it waits for the normal retry with backoff. */
    @Test
    void aFailedDispatchNowLeavesTheEntryForTheNormalRetry() {
        String urgent = decide(id("urgent"), new Note("af@example.org", "spoed"));
        delivery.down.set(true);

        assertThat(dispatcher().dispatchNow(COLLECTION, urgent).block()).isEqualTo(new OutboxDispatcher.Pass(0, 1, 0));
        OutboxEntry pending = entry(urgent);
        assertThat(pending.attempts()).isEqualTo(1);
        assertThat(pending.nextAttemptAt()).isEqualTo(NOW.plusSeconds(10));
        assertThat(pending.payload()).startsWith(FieldEncryption.PREFIX);

        delivery.down.set(false);
        clock.advance(Duration.ofSeconds(10));
        assertThat(dispatcher().dispatchOnce().block()).isEqualTo(new OutboxDispatcher.Pass(1, 0, 0));
        assertThat(delivery.delivered).singleElement().extracting(OutboxMessage::attempt).isEqualTo(2);
    }

    /** An entry another instance holds (leased) is left to it: dispatchNow does not deliver it a second time. */
    @Test
    void dispatchNowLeavesAnEntryHeldByAnotherDispatcher() {
        String urgent = decide(id("urgent"), new Note("af@example.org", "spoed"));
        mongo.updateFirst(new Query(Criteria.where("_id").is(urgent)),
                new Update().set(Outbox.FIELD + ".0.nextAttemptAt", NOW.plusSeconds(120))
                        .set(Outbox.FIELD + ".0.leaseToken", "held-elsewhere"),
                COLLECTION).block();

        assertThat(dispatcher().dispatchNow(COLLECTION, urgent).block()).isEqualTo(OutboxDispatcher.Pass.NONE);
        assertThat(delivery.delivered).isEmpty();
    }

    @Test
    void dispatchNowRefusesACollectionThatIsNoOutbox() {
        assertThat(dispatcher().dispatchNow("unknown", "x").onErrorResume(IllegalArgumentException.class,
                e -> Mono.just(new OutboxDispatcher.Pass(-1, 0, 0))).block()).isEqualTo(new OutboxDispatcher.Pass(-1, 0, 0));
    }

    @Test
    void backoffGrowsAndIsCapped() {
        properties.getBackoff().setMax(Duration.ofMinutes(5));
        assertThat(properties.backoffAfter(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(properties.backoffAfter(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(properties.backoffAfter(4)).isEqualTo(Duration.ofSeconds(80));
        assertThat(properties.backoffAfter(10)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void twoDispatchersRunningAtOnceDeliverAnEntryOnlyOnce() {
        for (int i = 0; i < 5; i++) {
            decide(id("n" + i), new Note("a@example.org", "n" + i));
        }
        delivery.delay = Duration.ofMillis(50);

        List<OutboxDispatcher.Pass> passes = Mono.zip(dispatcher().dispatchOnce(), dispatcher().dispatchOnce(),
                dispatcher().dispatchOnce()).map(t -> List.of(t.getT1(), t.getT2(), t.getT3())).block();

        assertThat(passes.stream().mapToInt(OutboxDispatcher.Pass::delivered).sum()).isEqualTo(5);
        assertThat(delivery.delivered).hasSize(5);
        assertThat(delivery.delivered.stream().map(OutboxMessage::id).distinct()).hasSize(5);
    }

    @Test
    void anEntryClaimedByAnInstanceThatDiedIsDeliveredAfterItsLeaseRanOut() {
        String entryId = id("feedback");
        String id = decide(entryId, new Note("a@example.org", "x"));
        // another instance claimed it and died before settling it
        mongo.updateFirst(new Query(Criteria.where("_id").is(id).and("outbox.0.id").is(entryId)),
                new Update().set("outbox.0.leaseToken", "dead-instance").set("outbox.0.nextAttemptAt",
                        NOW.plus(properties.getLease())).inc("outbox.0.attempts", 1), COLLECTION).block();

        assertThat(dispatcher().dispatchOnce().block()).isEqualTo(OutboxDispatcher.Pass.NONE);

        clock.advance(properties.getLease());
        assertThat(dispatcher().dispatchOnce().block()).isEqualTo(new OutboxDispatcher.Pass(1, 0, 0));
        assertThat(delivery.delivered).singleElement().extracting(OutboxMessage::attempt).isEqualTo(2);
    }

    @Test
    void aPermanentFailureAbandonsTheEntryAtOnceAndRemovesItsPayload() {
        String id = decide(id("feedback"), new Note("not an address", "x"));
        delivery.permanent = true;

        assertThat(dispatcher().dispatchOnce().block()).isEqualTo(new OutboxDispatcher.Pass(0, 0, 1));
        OutboxEntry abandoned = entry(id);
        assertThat(abandoned.abandonedAt()).isEqualTo(NOW);
        assertThat(abandoned.payload()).isNull();
        assertThat(abandoned.lastError()).isEqualTo("PermanentDeliveryFailure");
        clock.advance(Duration.ofDays(1));
        assertThat(dispatcher().dispatchOnce().block()).isEqualTo(OutboxDispatcher.Pass.NONE);
    }

    /** A downstream outage delays a command, it never drops it: by default no number of failures abandons it. */
    @Test
    void byDefaultAnOutageNeverAbandonsAnEntryHoweverLongItLasts() {
        String id = decide(id("feedback"), new Note("a@example.org", "x"));
        delivery.down.set(true);
        for (int attempt = 1; attempt <= 40; attempt++) {
            assertThat(dispatcher().dispatchOnce().block().retried()).as("attempt " + attempt).isEqualTo(1);
            clock.advance(Duration.ofHours(1));
        }
        assertThat(entry(id).abandonedAt()).isNull();
        assertThat(entry(id).payload()).isNotNull();

        delivery.down.set(false);
        assertThat(dispatcher().dispatchOnce().block().delivered()).isEqualTo(1);
    }

    @Test
    void afterMaxAttemptsAnEntryIsAbandoned() {
        properties.setMaxAttempts(2);
        String id = decide(id("feedback"), new Note("a@example.org", "x"));
        delivery.down.set(true);

        assertThat(dispatcher().dispatchOnce().block().retried()).isEqualTo(1);
        clock.advance(Duration.ofMinutes(1));
        assertThat(dispatcher().dispatchOnce().block().abandoned()).isEqualTo(1);
        assertThat(entry(id).abandonedAt()).isNotNull();
        assertThat(entry(id).payload()).isNull();
    }

    @Test
    void anEntryOfAKindNobodyDeliversIsAbandonedNotRetriedForever() {
        String documentId = UUID.randomUUID().toString();
        mongo.insert(new Document("_id", documentId).append("region", REGION).append(Outbox.FIELD,
                List.of(outbox.entry(REGION, documentId, "e1", "unknown-kind", Map.of()).toDocument())), COLLECTION)
                .block();

        assertThat(dispatcher().dispatchOnce().block().abandoned()).isEqualTo(1);
        assertThat(entry(documentId).lastError()).isEqualTo("NoDeliveryForKind");
    }

    @Test
    void aPayloadThatDoesNotDecryptIsAbandonedNotRetried() {
        String documentId = UUID.randomUUID().toString();
        OutboxEntry forged = outbox.entry(REGION, "another-document", "e1", "note", new Note("a@example.org", "x"));
        mongo.insert(new Document("_id", documentId).append("region", REGION).append(Outbox.FIELD,
                List.of(forged.toDocument())), COLLECTION).block();

        assertThat(dispatcher().dispatchOnce().block().abandoned()).isEqualTo(1);
        assertThat(delivery.delivered).isEmpty();
        assertThat(entry(documentId).lastError()).startsWith("FieldCryptoException");
    }

    @Test
    void retentionRemovesSettledEntriesAfterThePeriodButNeverPendingOnes() {
        String delivered = decide(id("d"), new Note("a@example.org", "x"));
        dispatcher().dispatchOnce().block();
        String pending = decide(id("p"), new Note("a@example.org", "y"));
        OutboxRetention retention = new OutboxRetention(mongo, List.of(new OutboxCollection(COLLECTION)));

        assertThat(retention.apply(REGION, NOW.minusSeconds(1), NOW).block()).isZero();
        assertThat(retention.apply("kennemerland", NOW.plusSeconds(1), NOW).block()).isZero();
        assertThat(retention.apply(REGION, NOW.plusSeconds(1), NOW).block()).isEqualTo(1);

        assertThat(stored(delivered).getList(Outbox.FIELD, Document.class)).isEmpty();
        assertThat(stored(delivered).getString("status")).isEqualTo("DECIDED");
        assertThat(stored(pending).getList(Outbox.FIELD, Document.class)).hasSize(1);
    }

    @Test
    void aLeaseNoLongerThanTheDeliveryTimeoutIsRefusedAtStart() {
        properties.setLease(Duration.ofSeconds(30));
        properties.setDeliveryTimeout(Duration.ofSeconds(30));
        org.assertj.core.api.Assertions.assertThatThrownBy(this::dispatcher)
                .hasMessageContaining("platform.outbox.delivery-timeout");
    }

    private static String id(String purpose) {
        return "thing:" + purpose + ":" + UUID.randomUUID();
    }
}
