package nl.mensenhandel.platform.outbox;

import tools.jackson.databind.json.JsonMapper;

/**
 * An entry as its {@link OutboxDelivery} sees it: decrypted, with where it came from.
 *
 * @param id         the entry's idempotency key — send it to the receiver (header, Message-ID)
 * @param kind       the delivery kind
 * @param region     the region of the aggregate holding it
 * @param collection the collection of the aggregate
 * @param documentId the aggregate's id
 * @param attempt    1 for the first attempt
 * @param payloadJson the clear payload (personal data: never log it)
 */
public record OutboxMessage(String id, String kind, String region, String collection, String documentId, int attempt,
        String payloadJson, JsonMapper json) {

    /** The payload as the type it was written from (see {@link Outbox#entry}). */
    public <T> T payload(Class<T> type) {
        return json.readValue(payloadJson, type);
    }

    @Override
    public String toString() {
        // never the payload
        return "OutboxMessage[id=" + id + ", kind=" + kind + ", collection=" + collection + ", documentId="
                + documentId + ", attempt=" + attempt + "]";
    }
}
