package nl.mensenhandel.platform.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.bson.Document;

import nl.mensenhandel.platform.crypto.EncryptedFields;
import nl.mensenhandel.platform.crypto.FieldEncryption;
import nl.mensenhandel.platform.observability.TraceContinuation;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox (ARCHITECTURE.md "Coordination between services"): a command to another service or an
 * outgoing mail that must not be lost is stored <b>with the decision, in the same document update</b>, and
 * delivered later by the retrying {@link OutboxDispatcher}; the receiver deduplicates by the entry's id.
 * No decision is lost because a receiver or the mail server is down, and nothing is sent for a decision
 * that was not stored (single-document atomicity is all the store guarantees: ARCHITECTURE.md).
 * <p>
 * Use, in the update that records the decision:
 *
 * <pre>
 * Update update = new Update().set("status", ...).push(Outbox.FIELD,
 *         outbox.entry(signal.region(), signal.id(), signal.id() + ":feedback:" + n, MailMessage.KIND,
 *                 new MailMessage(List.of(address), subject, body)).toDocument());
 * mongo.updateFirst(unchanged, update, Signal.class);
 * </pre>
 *
 * and declare the collection once ({@link OutboxCollection}) and a {@link OutboxDelivery} per kind
 * ({@code mail} is built in: {@code nl.mensenhandel.platform.mail.MailDelivery}).
 * <p>
 * <b>Ids.</b> The entry id is the idempotency key: deterministic from the decision (e.g. signal id +
 * purpose + sequence), so a retried request that records the same decision cannot add a second entry
 * (guard the update on the entry's absence: {@code outbox.id ne id}) and the receiver can drop repeats.
 * <p>
 * <b>Personal data.</b> The payload is serialised to JSON and encrypted at once with the region's key
 * (AEAD bound to region, document id and {@code outbox.<id>.payload}); it is removed from the entry as
 * soon as the entry is delivered or abandoned. Delivered entries themselves are pruned by the retention
 * rule {@code outbox-entries} ({@link OutboxRetention}).
 * <p>
 * <b>Aggregates saved whole.</b> Entries are plain sub-documents ({@link OutboxEntry#toDocument()}); an
 * aggregate that is ever replaced as a whole ({@code save}) must map the array (e.g. a
 * {@code List<org.bson.Document> outbox} property) or it drops its pending entries.
 */
public final class Outbox {

    /** The array field of an aggregate that holds its entries. */
    public static final String FIELD = "outbox";
    /** The encrypted path of the payload (see {@link EncryptedFields}). */
    static final String PAYLOAD_PATH = FIELD + "[id].payload";

    private final FieldEncryption encryption;
    private final JsonMapper json;
    private final Clock clock;
    private final TraceContinuation traces;

    public Outbox(FieldEncryption encryption, JsonMapper json, Clock clock) {
        this(encryption, json, clock, TraceContinuation.NONE);
    }

    /** @param traces the current trace is stored with each entry, so its delivery continues it */
    public Outbox(FieldEncryption encryption, JsonMapper json, Clock clock, TraceContinuation traces) {
        this.encryption = encryption;
        this.json = json;
        this.clock = clock;
        this.traces = traces;
    }

    /**
     * A new entry, due at once, its payload encrypted for the aggregate it is pushed into.
     *
     * @param region     the aggregate's region (its {@code region} field)
     * @param documentId the aggregate's {@code _id}
     * @param id         the idempotency key (unique within the aggregate)
     * @param kind       the {@link OutboxDelivery#kind()} that delivers it
     * @param payload    any value Jackson writes (a record), read back with {@link OutboxMessage#payload(Class)}
     */
    public OutboxEntry entry(String region, String documentId, String id, String kind, Object payload) {
        Instant now = clock.instant();
        String sealed = encryption.encrypt(region, documentId, payloadField(id), json.writeValueAsString(payload));
        return new OutboxEntry(id, kind, sealed, 0, now, now, null, null, null, null, traces.current());
    }

    /**
     * The entries of an aggregate that moves to another region (e.g. a signal handed over), to be written with
     * the move: every payload still to deliver is sealed again with the new region's key (it is bound to the
     * region), everything else is kept as it was.
     */
    public List<Document> movedToRegion(List<Document> entries, String documentId, String fromRegion,
            String toRegion) {
        return entries.stream().map(stored -> {
            OutboxEntry entry = OutboxEntry.fromDocument(stored);
            if (entry.payload() == null || fromRegion.equals(toRegion)) {
                return stored;
            }
            String plain = open(fromRegion, documentId, entry);
            return new OutboxEntry(entry.id(), entry.kind(),
                    encryption.encrypt(toRegion, documentId, payloadField(entry.id()), plain), entry.attempts(),
                    entry.createdAt(), entry.nextAttemptAt(), entry.leaseToken(), entry.deliveredAt(),
                    entry.abandonedAt(), entry.lastError(), entry.traceparent()).toDocument();
        }).toList();
    }

    String open(String region, String documentId, OutboxEntry entry) {
        return encryption.decrypt(region, documentId, payloadField(entry.id()), entry.payload());
    }

    static String payloadField(String entryId) {
        return EncryptedFields.fieldName(PAYLOAD_PATH, entryId);
    }
}
