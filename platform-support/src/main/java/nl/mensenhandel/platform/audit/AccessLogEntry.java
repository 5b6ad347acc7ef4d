package nl.mensenhandel.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One access to personal data, in the spirit of NEN 7513 (logging of access to health data): when, what
 * (action and its outcome, resource, the ids a list showed), who (subject, username, roles,
 * organisation, on whose behalf, which client), about whom (a reference to the data subject, never
 * content), why (purpose and legal basis) and the request's trace id.
 *
 * <p>Chained per region: {@code _id} is {@code region:sequence} (zero-padded, so the store's unique
 * {@code _id} index is what stops two writers from taking the same place in the chain), and
 * {@link #hash} is SHA-256 over the predecessor's hash and this entry's {@link #canonical() canonical
 * form}. Append-only: nothing in the platform updates or deletes these documents.
 */
@Document("access_log")
public record AccessLogEntry(
        @Id String id,
        String region,
        long sequence,
        Instant at,
        String service,
        String action,
        Outcome outcome,
        String actor,
        String actorUsername,
        Set<String> actorRoles,
        String organisation,
        String onBehalfOf,
        String client,
        String resourceType,
        String resourceId,
        List<String> resourceIds,
        String dataSubject,
        String purpose,
        String legalBasis,
        String traceId,
        String previousHash,
        String hash) {

    /** The predecessor of a region's first entry. */
    public static final String GENESIS = "0".repeat(64);
    /** Actor of a call without a token: a resident's status check, or a refused request. */
    public static final String ANONYMOUS = "anonymous";
    /** The chain of refused calls that carry no (valid) token, and so no region. */
    public static final String NO_REGION = "none";

    /** The unique key of a place in a region's chain; zero-padded so keys sort in chain order. */
    public static String key(String region, long sequence) {
        return region + ":" + String.format("%015d", sequence);
    }

    /**
     * Every field but the hash itself, in a fixed order, each length-prefixed (so no value can pass for
     * another field). Roles are sorted (a set has no order in the store); the instant is in milliseconds,
     * the precision the store keeps.
     */
    public String canonical() {
        StringBuilder out = new StringBuilder(512);
        field(out, "id", id);
        field(out, "region", region);
        field(out, "sequence", Long.toString(sequence));
        field(out, "at", at == null ? null : Long.toString(at.toEpochMilli()));
        field(out, "service", service);
        field(out, "action", action);
        field(out, "outcome", outcome == null ? null : outcome.name());
        field(out, "actor", actor);
        field(out, "actorUsername", actorUsername);
        field(out, "actorRoles", actorRoles == null ? null : String.join("\u0000", actorRoles.stream().sorted().toList()));
        field(out, "organisation", organisation);
        field(out, "onBehalfOf", onBehalfOf);
        field(out, "client", client);
        field(out, "resourceType", resourceType);
        field(out, "resourceId", resourceId);
        field(out, "resourceIds", resourceIds == null ? null : String.join("\u0000", resourceIds));
        field(out, "dataSubject", dataSubject);
        field(out, "purpose", purpose);
        field(out, "legalBasis", legalBasis);
        field(out, "traceId", traceId);
        field(out, "previousHash", previousHash);
        return out.toString();
    }

    /** SHA-256 (hex) over the stored predecessor hash and the canonical form: what {@link #hash} must be. */
    public String computeHash() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(String.valueOf(previousHash).getBytes(StandardCharsets.UTF_8));
            sha.update(canonical().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    /** This entry placed at {@code sequence} after {@code previousHash}, with its hash. */
    AccessLogEntry chainedAt(long newSequence, String newPreviousHash) {
        AccessLogEntry placed = new AccessLogEntry(key(region, newSequence), region, newSequence, at, service, action,
                outcome, actor, actorUsername, actorRoles, organisation, onBehalfOf, client, resourceType, resourceId,
                resourceIds, dataSubject, purpose, legalBasis, traceId, newPreviousHash, null);
        return placed.withHash(placed.computeHash());
    }

    private AccessLogEntry withHash(String newHash) {
        return new AccessLogEntry(id, region, sequence, at, service, action, outcome, actor, actorUsername, actorRoles,
                organisation, onBehalfOf, client, resourceType, resourceId, resourceIds, dataSubject, purpose,
                legalBasis, traceId, previousHash, newHash);
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append(name).append('=');
        if (value == null) {
            out.append('-');
        } else {
            out.append(value.length()).append(':').append(value);
        }
        out.append(';');
    }
}
