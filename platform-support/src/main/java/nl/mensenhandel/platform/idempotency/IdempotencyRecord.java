package nl.mensenhandel.platform.idempotency;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A used Idempotency-Key. The id is the natural key (scope + key), so MongoDB's always-unique
 * {@code _id} index is the unique index that makes a retry create nothing new. The resource id is
 * chosen before the resource is written, so a retry after a crash in between writes the same resource.
 */
@Document("idempotency_keys")
public record IdempotencyRecord(@Id String id, String requestFingerprint, String resourceId, Instant createdAt) {
}
