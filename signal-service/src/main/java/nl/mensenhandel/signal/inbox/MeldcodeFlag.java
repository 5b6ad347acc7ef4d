package nl.mensenhandel.signal.inbox;

/**
 * The meldcode route a notification flags (e.g. {@code VEILIG_THUIS} because of a {@code MINDERJARIG_SLACHTOFFER}),
 * as codes only (DOMAIN.md §9).
 */
public record MeldcodeFlag(String route, String reason) {
}
