package nl.mensenhandel.enforcement.findings;

/** A trafficking indicator on the inspection form: the form of exploitation and the indicator's code. */
public record Indicator(String form, String indicator) {
}
