package nl.mensenhandel.monitor.plateaus;

/**
 * One criterion of the VNG framework (plateau 1 or 2 of a theme) or an IBP agreement (plateau 0, theme {@code ibp}),
 * with its Dutch text as the Zaanstreek-Waterland plan lists it, and what platform evidence belongs beside it
 * (null: none).
 */
public record PlateauCriterion(String id, String theme, int plateau, String text, EvidenceKind evidence) {
}
