package nl.mensenhandel.signal.anonymous;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Counts wrong secrets per case code <em>and</em> client address (issue 6 §5: a stranger must not be able
 * to lock a resident out). Counting is atomic: one conditional update with {@code $inc} inside the
 * window; a new window starts with a conditional reset or an insert, and a racing insert retries the
 * increment — never a read-modify-write.
 */
@Component
class StatusCheckAttempts {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final ReactiveMongoTemplate mongo;
    private final Clock clock;

    StatusCheckAttempts(ReactiveMongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    static String key(String caseCode, String clientAddress) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((caseCode + "|" + clientAddress).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether this case code is locked for this address: too many wrong secrets in the current window. */
    Mono<Boolean> locked(String key) {
        Instant windowStart = clock.instant().minus(WINDOW);
        return mongo.exists(new Query(Criteria.where("_id").is(key).and("windowStartedAt").gt(windowStart)
                .and("failures").gte(MAX_FAILURES)), StatusCheckAttempt.class);
    }

    /** Counts one wrong secret. */
    Mono<Void> countFailure(String key) {
        Instant now = clock.instant();
        Instant windowStart = now.minus(WINDOW);
        Query inWindow = new Query(Criteria.where("_id").is(key).and("windowStartedAt").gt(windowStart));
        Query expired = new Query(Criteria.where("_id").is(key).and("windowStartedAt").lte(windowStart));
        return mongo.updateFirst(inWindow, new Update().inc("failures", 1), StatusCheckAttempt.class)
                .flatMap(counted -> counted.getMatchedCount() == 1 ? Mono.<Void>empty()
                        : mongo.updateFirst(expired, new Update().set("failures", 1).set("windowStartedAt", now),
                                StatusCheckAttempt.class)
                                .flatMap(reset -> reset.getMatchedCount() == 1 ? Mono.<Void>empty()
                                        : mongo.insert(new StatusCheckAttempt(key, 1, now)).then()))
                // another wrong attempt opened the window first: count into it
                .onErrorResume(DuplicateKeyException.class, raced -> countFailure(key));
    }

    /** Retention: removes the records whose window started before the cutoff. */
    Mono<Long> deleteStartedBefore(Instant cutoff) {
        return mongo.remove(new Query(Criteria.where("windowStartedAt").lt(cutoff)), StatusCheckAttempt.class)
                .map(result -> result.getDeletedCount());
    }
}
