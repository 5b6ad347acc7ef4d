package nl.mensenhandel.care.costs;

/**
 * What one municipality's share rests on: its population ({@code INWONERSSLEUTEL}), its trajectories
 * ({@code NAAR_GEBRUIK}) or 1 for the one municipality that pays ({@code CENTRUMGEMEENTE}).
 */
public record Basis(String municipalityCode, String name, long count) {

    public Basis {
        if (count < 0) {
            throw new IllegalArgumentException("a basis is never negative");
        }
    }
}
