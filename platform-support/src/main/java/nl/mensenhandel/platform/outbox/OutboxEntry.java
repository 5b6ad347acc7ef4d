package nl.mensenhandel.platform.outbox;

import java.time.Instant;
import java.util.Date;

import org.bson.Document;

/**
 * One command or message waiting in an aggregate's {@value Outbox#FIELD} array, as stored. Written by the
 * service in the same update as the decision it belongs to ({@link Outbox#entry}), then only changed by
 * the {@link OutboxDispatcher}.
 * <p>
 * Fields: {@code id} — the idempotency key, unique per aggregate, the receiver deduplicates by it (a mail's
 * Message-ID is made from it); {@code kind} — which {@link OutboxDelivery} delivers it; {@code payload} —
 * the encrypted JSON of what is delivered ({@code enc:v1:…}, removed once delivered or abandoned);
 * {@code attempts}; {@code nextAttemptAt} — when it is due, and while an attempt runs the end of that
 * attempt's lease (absent once delivered or abandoned, so "due" is simply {@code nextAttemptAt <= now});
 * {@code leaseToken} — which claim holds it; {@code deliveredAt}; {@code abandonedAt}; {@code lastError}
 * — the type of the last failure only, never a message (it may quote an address); {@code traceparent} — the W3C
 * trace of the request that recorded it, continued by the delivery (absent when there was none).
 */
public record OutboxEntry(String id, String kind, String payload, int attempts, Instant createdAt,
        Instant nextAttemptAt, String leaseToken, Instant deliveredAt, Instant abandonedAt, String lastError,
        String traceparent) {

    public OutboxEntry(String id, String kind, String payload, int attempts, Instant createdAt, Instant nextAttemptAt,
            String leaseToken, Instant deliveredAt, Instant abandonedAt, String lastError) {
        this(id, kind, payload, attempts, createdAt, nextAttemptAt, leaseToken, deliveredAt, abandonedAt, lastError,
                null);
    }

    /** The stored form, with fixed field names whatever the aggregate's own mapping does. */
    public Document toDocument() {
        Document document = new Document("id", id).append("kind", kind).append("attempts", attempts)
                .append("createdAt", date(createdAt));
        putIfPresent(document, "payload", payload);
        putIfPresent(document, "nextAttemptAt", date(nextAttemptAt));
        putIfPresent(document, "leaseToken", leaseToken);
        putIfPresent(document, "deliveredAt", date(deliveredAt));
        putIfPresent(document, "abandonedAt", date(abandonedAt));
        putIfPresent(document, "lastError", lastError);
        putIfPresent(document, "traceparent", traceparent);
        return document;
    }

    public static OutboxEntry fromDocument(Document document) {
        Number attempts = document.get("attempts", Number.class);
        return new OutboxEntry(document.getString("id"), document.getString("kind"), document.getString("payload"),
                attempts == null ? 0 : attempts.intValue(), instant(document.get("createdAt")),
                instant(document.get("nextAttemptAt")), document.getString("leaseToken"),
                instant(document.get("deliveredAt")), instant(document.get("abandonedAt")),
                document.getString("lastError"), document.getString("traceparent"));
    }

    /** Delivered or given up: the dispatcher will never touch it again. */
    public boolean done() {
        return deliveredAt != null || abandonedAt != null;
    }

    private static void putIfPresent(Document document, String key, Object value) {
        if (value != null) {
            document.append(key, value);
        }
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Object value) {
        if (value instanceof Date date) {
            return date.toInstant();
        }
        return value instanceof Instant instant ? instant : null;
    }
}
