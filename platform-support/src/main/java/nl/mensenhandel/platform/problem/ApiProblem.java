package nl.mensenhandel.platform.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A domain failure that the problem handler turns into RFC 9457 problem details.
 * Throw it (or emit it as a Mono error) wherever a rule rejects a request.
 */
public class ApiProblem extends RuntimeException {

    private final ProblemType type;
    private final List<InvalidField> errors;
    private final Map<String, Object> extensions;

    public ApiProblem(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ApiProblem(ProblemType type, String detail, List<InvalidField> errors) {
        this(type, detail, errors, Map.of());
    }

    /**
     * With extension members (RFC 9457 §3.2): further fields of the problem object that the operation's
     * contract declares, e.g. where to report instead when anonymous intake is closed.
     */
    public ApiProblem(ProblemType type, String detail, List<InvalidField> errors, Map<String, Object> extensions) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = List.copyOf(errors);
        this.extensions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
    }

    public static ApiProblem notFound(String what) {
        return new ApiProblem(ProblemType.NOT_FOUND, what + " not found.");
    }

    public static ApiProblem invalidField(String field, String message) {
        return new ApiProblem(ProblemType.VALIDATION, "Field '" + field + "' " + message + ".",
                List.of(new InvalidField(field, message)));
    }

    public ProblemType type() {
        return type;
    }

    public List<InvalidField> errors() {
        return errors;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
