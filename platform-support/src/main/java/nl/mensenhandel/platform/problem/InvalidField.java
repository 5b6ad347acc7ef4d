package nl.mensenhandel.platform.problem;

/** One invalid field of a request, named by its JSON path or parameter name. */
public record InvalidField(String field, String message) {
}
