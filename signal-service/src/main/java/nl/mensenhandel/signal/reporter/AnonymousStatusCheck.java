package nl.mensenhandel.signal.reporter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.signal.signals.AnonymousAccess;
import nl.mensenhandel.signal.signals.SecretHasher;
import nl.mensenhandel.signal.signals.Signal;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The anonymous reporter's status check with case code and secret. A wrong pair is "not found" (no hint
 * which part was wrong); after {@value #MAX_FAILURES} wrong secrets for one case code within the window,
 * the case code is locked until the window has passed — even for the right secret.
 */
@Service
public class AnonymousStatusCheck {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final ReactiveMongoTemplate mongo;
    private final SecretHasher secrets;
    private final Clock clock;

    public AnonymousStatusCheck(ReactiveMongoTemplate mongo, SecretHasher secrets, Clock clock) {
        this.mongo = mongo;
        this.secrets = secrets;
        this.clock = clock;
    }

    /** Public, so deliberately not region-scoped: the case code is the only key an anonymous reporter has. */
    public Mono<Signal> check(String caseCode, String secret) {
        return mongo.findOne(new Query(Criteria.where("anonymousAccess.caseCode").is(caseCode)), Signal.class)
                .switchIfEmpty(Mono.error(AnonymousStatusCheck::noSuchPair))
                .flatMap(signal -> {
                    AnonymousAccess access = signal.anonymousAccess();
                    Instant now = clock.instant();
                    boolean windowOpen = access.windowStartedAt() != null
                            && access.windowStartedAt().plus(WINDOW).isAfter(now);
                    if (windowOpen && access.failedAttempts() >= MAX_FAILURES) {
                        return Mono.error(new ApiProblem(ProblemType.RATE_LIMITED,
                                "Too many wrong attempts for this case code; try again later."));
                    }
                    // PBKDF2 is deliberately slow: keep it off the event loop
                    return Mono.fromCallable(() -> secrets.matches(secret, access))
                            .subscribeOn(Schedulers.boundedElastic())
                            .flatMap(matches -> matches ? Mono.just(signal)
                                    : countFailure(signal, windowOpen, now).then(Mono.error(noSuchPair())));
                });
    }

    private Mono<Void> countFailure(Signal signal, boolean windowOpen, Instant now) {
        Update update = windowOpen ? new Update().inc("anonymousAccess.failedAttempts", 1)
                : new Update().set("anonymousAccess.failedAttempts", 1).set("anonymousAccess.windowStartedAt", now);
        return mongo.updateFirst(new Query(Criteria.where("_id").is(signal.id())), update, Signal.class).then();
    }

    private static ApiProblem noSuchPair() {
        return new ApiProblem(ProblemType.NOT_FOUND, "No signal with this case code and secret.");
    }
}
