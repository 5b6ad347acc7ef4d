package nl.mensenhandel.enforcement.premises;

/** The address of premises a measure or permit is about (personal data: encrypted at rest field by field). */
public record Premises(String street, String houseNumber, String postcode, String city) {

    /** The encrypted paths of a premises stored under {@code field}. */
    public static java.util.List<String> encryptedPaths(String field) {
        return java.util.List.of(field + ".street", field + ".houseNumber", field + ".postcode", field + ".city");
    }
}
