package nl.mensenhandel.care.eligibility;

/** A deliberate, recorded exception to an overridable rule (only {@code minor-to-jeugdzorg}), with its reason. */
public record EligibilityOverride(String rule, String reason) {
}
