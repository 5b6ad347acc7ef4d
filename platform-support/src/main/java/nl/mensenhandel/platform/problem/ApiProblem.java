package nl.mensenhandel.platform.problem;

import java.util.List;

/**
 * A domain failure that the problem handler turns into RFC 9457 problem details.
 * Throw it (or emit it as a Mono error) wherever a rule rejects a request.
 */
public class ApiProblem extends RuntimeException {

    private final ProblemType type;
    private final List<InvalidField> errors;

    public ApiProblem(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ApiProblem(ProblemType type, String detail, List<InvalidField> errors) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = List.copyOf(errors);
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
}
