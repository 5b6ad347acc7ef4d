package nl.mensenhandel.signal.signal;

import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The meldcode route a signal calls for. Source: DOMAIN.md §9 (IJsselland): trafficking reports about a minor
 * fall under the meldcode huiselijk geweld en kindermishandeling — Veilig Thuis and youth care come in, never
 * adult shelter or COSM.
 */
public record Meldcode(String route, String reason) {

    public static final Meldcode VEILIG_THUIS_MINOR = new Meldcode("VEILIG_THUIS", "MINDERJARIG_SLACHTOFFER");

    private static final int AGE_OF_MAJORITY = 18;

    /**
     * Rule meldcode-for-minor-victim: a possible victim who is a minor — marked {@code minor}, or born less than
     * 18 calendar years before the observation (so under 18 whatever the birthday) — flags the Veilig Thuis route.
     */
    public static Optional<Meldcode> of(Signal signal) {
        if (signal.persons() == null) {
            return Optional.empty();
        }
        Integer observedYear = signal.observedAt() == null ? null
                : signal.observedAt().atZone(ZoneOffset.UTC).getYear();
        boolean minorVictim = signal.persons().stream()
                .filter(p -> p.role() == PersonRole.MOGELIJK_SLACHTOFFER)
                .anyMatch(p -> Boolean.TRUE.equals(p.minor()) || (p.yearOfBirth() != null && observedYear != null
                        && observedYear - p.yearOfBirth() < AGE_OF_MAJORITY));
        return minorVictim ? Optional.of(VEILIG_THUIS_MINOR) : Optional.empty();
    }
}
