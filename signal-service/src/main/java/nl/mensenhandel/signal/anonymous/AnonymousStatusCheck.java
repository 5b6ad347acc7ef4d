package nl.mensenhandel.signal.anonymous;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.problem.ProblemType;
import reactor.core.publisher.Mono;
import nl.mensenhandel.signal.signal.AnonymousAccess;
import nl.mensenhandel.signal.signal.SecretHasher;
import nl.mensenhandel.signal.signal.Signal;

/**
 * The anonymous reporter's status check with case code and secret. A wrong pair is "not found" (no hint
 * which part was wrong), and an unknown case code does the same PBKDF2 work as a known one, so neither
 * the answer nor its time tells which case codes exist. After {@value StatusCheckAttempts#MAX_FAILURES}
 * wrong secrets for one case code from one client address within the window, that address is locked out
 * for that case code until the window has passed — even with the right secret; other addresses (the
 * resident) are not.
 */
@Service
public class AnonymousStatusCheck {

    private final ReactiveMongoTemplate mongo;
    private final SecretHasher secrets;
    private final StatusCheckAttempts attempts;

    AnonymousStatusCheck(ReactiveMongoTemplate mongo, SecretHasher secrets, StatusCheckAttempts attempts) {
        this.mongo = mongo;
        this.secrets = secrets;
        this.attempts = attempts;
    }

    /** Public, so deliberately not region-scoped: the case code is the only key an anonymous reporter has. */
    public Mono<Signal> check(String caseCode, String secret, String clientAddress) {
        String key = StatusCheckAttempts.key(caseCode, clientAddress);
        return attempts.locked(key).flatMap(locked -> locked
                ? Mono.error(new ApiProblem(ProblemType.RATE_LIMITED,
                        "Too many wrong attempts for this case code; try again later."))
                : mongo.findOne(new Query(Criteria.where("anonymousAccess.caseCode").is(caseCode)), Signal.class)
                        .map(SignalFound::new).defaultIfEmpty(new SignalFound(null))
                        .flatMap(found -> secrets.matchesOffLoop(secret, found.access())
                                .flatMap(matches -> matches ? Mono.just(found.signal())
                                        : attempts.countFailure(key).then(Mono.error(noSuchPair())))));
    }

    private record SignalFound(Signal signal) {
        AnonymousAccess access() {
            return signal == null ? null : signal.anonymousAccess();
        }
    }

    private static ApiProblem noSuchPair() {
        return new ApiProblem(ProblemType.NOT_FOUND, "No signal with this case code and secret.");
    }
}
