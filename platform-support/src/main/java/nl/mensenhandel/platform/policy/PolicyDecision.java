package nl.mensenhandel.platform.policy;

import java.util.List;

import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.problem.InvalidField;
import nl.mensenhandel.platform.problem.ProblemType;
import reactor.core.publisher.Mono;

/**
 * What a business rule says about a request: allowed, or rejected with the rule as the reason.
 * Each rule is one named policy returning one of these (after ddd-by-examples/library).
 */
public sealed interface PolicyDecision {

    record Allowed() implements PolicyDecision {
    }

    /**
     * @param rule   the name of the rule that rejects, stable enough to show in a problem detail
     * @param type   the problem type the API answers with
     * @param detail a sentence for the user
     * @param field  the request field the rule is about, or null
     */
    record Rejected(String rule, ProblemType type, String detail, String field) implements PolicyDecision {
    }

    Allowed ALLOWED = new Allowed();

    static PolicyDecision allowed() {
        return ALLOWED;
    }

    static PolicyDecision rejected(String rule, ProblemType type, String detail) {
        return new Rejected(rule, type, detail, null);
    }

    /** A rejection of one request field: answered as a validation problem naming the field. */
    static PolicyDecision rejectedField(String rule, String field, String message) {
        return new Rejected(rule, ProblemType.VALIDATION, "Field '" + field + "' " + message, field);
    }

    default boolean isAllowed() {
        return this instanceof Allowed;
    }

    /** Continues with {@code value} when allowed; fails with the rejection's problem otherwise. */
    default <T> Mono<T> enforce(T value) {
        if (this instanceof Rejected(String rule, ProblemType type, String detail, String field)) {
            List<InvalidField> errors = field == null ? List.of() : List.of(new InvalidField(field, detail));
            return Mono.error(new ApiProblem(type, detail + " (rule: " + rule + ").", errors));
        }
        return Mono.just(value);
    }
}
