package nl.mensenhandel.platform.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.problem.ProblemType;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Runs a creating command at most once per Idempotency-Key.
 * <ul>
 * <li>no key: the command runs with a fresh id;</li>
 * <li>new key: the key is stored with a freshly chosen resource id, then the command runs with that id;</li>
 * <li>known key, same request: the stored resource is returned (created = false); if the first attempt
 * died before writing it, the command runs again with the same id — so nothing is lost and nothing
 * doubled;</li>
 * <li>known key, different request: 409 problem {@code idempotency-key-reused}.</li>
 * </ul>
 * The key is scoped (region, caller, operation) so two callers cannot collide.
 */
public class IdempotentCommands {

    public static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 200;

    private final ReactiveMongoTemplate mongo;
    private final JsonMapper json;
    private final Clock clock;

    public IdempotentCommands(ReactiveMongoTemplate mongo, JsonMapper json, Clock clock) {
        this.mongo = mongo;
        this.json = json;
        this.clock = clock;
    }

    /**
     * @param scope    who and what the key is for, e.g. {@code region|subject|signals.create}
     * @param key      the client's Idempotency-Key, or null
     * @param request  the request body, fingerprinted to detect a key reused for another request
     * @param create   writes the resource with the given id (must fail with DuplicateKeyException if it exists)
     * @param load     reads the resource with the given id
     */
    public <T> Mono<IdempotentOutcome<T>> run(String scope, String key, Object request,
            Function<String, Mono<T>> create, Function<String, Mono<T>> load) {
        if (key == null) {
            return create.apply(UUID.randomUUID().toString()).map(r -> new IdempotentOutcome<>(r, true));
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            return Mono.error(ApiProblem.invalidField(HEADER, "must be 1 to " + MAX_KEY_LENGTH + " characters"));
        }
        String fingerprint = fingerprint(request);
        IdempotencyRecord fresh = new IdempotencyRecord(scope + "|" + key, fingerprint,
                UUID.randomUUID().toString(), clock.instant());
        return mongo.insert(fresh)
                .flatMap(stored -> create.apply(stored.resourceId()).map(r -> new IdempotentOutcome<>(r, true)))
                .onErrorResume(DuplicateKeyException.class, duplicate -> replay(fresh.id(), fingerprint, create, load));
    }

    /**
     * For callers without an identity (e.g. anonymous public intake), whose keys cannot be scoped by who
     * sends them: the key is scoped by the request's fingerprint as well. A stranger who sends the same key
     * first with another body then never collides with the real request (no 409 for the resident), and the
     * same key with the same body is a retry as usual. What a replay returns must not be a secret that only
     * the first caller may see: {@code load} decides that.
     */
    public <T> Mono<IdempotentOutcome<T>> runScopedByRequest(String scope, String key, Object request,
            Function<String, Mono<T>> create, Function<String, Mono<T>> load) {
        String requestScope = key == null ? scope : scope + "|" + fingerprint(request);
        return run(requestScope, key, request, create, load);
    }

    /** Retention: removes the records of keys used before the cutoff (a retry after that creates anew). */
    public Mono<Long> deleteUsedBefore(Instant cutoff) {
        return mongo.remove(new Query(Criteria.where("createdAt").lt(cutoff)), IdempotencyRecord.class)
                .map(result -> result.getDeletedCount());
    }

    private <T> Mono<IdempotentOutcome<T>> replay(String recordId, String fingerprint,
            Function<String, Mono<T>> create, Function<String, Mono<T>> load) {
        return mongo.findById(recordId, IdempotencyRecord.class)
                .switchIfEmpty(Mono.error(() -> new IllegalStateException("idempotency record vanished")))
                .flatMap(existing -> {
                    if (!existing.requestFingerprint().equals(fingerprint)) {
                        return Mono.error(new ApiProblem(ProblemType.IDEMPOTENCY_KEY_REUSED,
                                "This Idempotency-Key was used for a different request; use a new key."));
                    }
                    String id = existing.resourceId();
                    return load.apply(id).map(r -> new IdempotentOutcome<>(r, false))
                            // the first attempt stored the key but not the resource: finish its work now
                            .switchIfEmpty(Mono.defer(() -> create.apply(id).map(r -> new IdempotentOutcome<>(r, true))
                                    .onErrorResume(DuplicateKeyException.class,
                                            raced -> load.apply(id).map(r -> new IdempotentOutcome<>(r, false)))));
                });
    }

    /**
     * SHA-256 over a canonical JSON form of the request: object keys sorted, and array elements sorted
     * too — requests carry sets (e.g. forms) whose iteration order differs between JVM runs, so the order
     * of array elements is deliberately not significant.
     */
    String fingerprint(Object request) {
        try {
            byte[] body = canonical(json.valueToTree(request)).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String canonical(JsonNode node) {
        if (node.isObject()) {
            return node.properties().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .map(e -> JsonNodeFactory.instance.textNode(e.getKey()) + ":" + canonical(e.getValue()))
                    .collect(Collectors.joining(",", "{", "}"));
        }
        if (node.isArray()) {
            List<String> elements = new ArrayList<>();
            node.values().forEach(element -> elements.add(canonical(element)));
            Collections.sort(elements);
            return "[" + String.join(",", elements) + "]";
        }
        return node.toString();
    }
}
