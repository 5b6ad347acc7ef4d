package nl.mensenhandel.signal.links;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.mensenhandel.platform.mongo.RegionScoped;

/**
 * A link or merge between two signals, as its own document: creating or revoking one is a single
 * atomic write, and both signals keep their own history untouched. A revoked link stays, marked.
 *
 * @param signalId      the primary signal (the one a MERGE keeps)
 * @param otherSignalId the related signal (for a MERGE: the duplicate merged away)
 * @param activeMergeOf  while a MERGE is active: the duplicate's id. A unique sparse index on it makes the
 *                       store refuse a second active merge of the same duplicate, even when two AFs race.
 */
@Document("signal_links")
public record SignalLink(@Id String id, String region, String signalId, String otherSignalId, LinkKind kind,
        String reason, String by, Instant at, Instant revokedAt, String revokedBy, String revocationReason,
        @Indexed(unique = true, sparse = true) String activeMergeOf)
        implements RegionScoped {

    public boolean active() {
        return revokedAt == null;
    }
}
