package nl.mensenhandel.care.costs;

/**
 * How the amounts are rounded to the cent. {@code HALF_UP_PER_GEMEENTE}: each amount on its own, as IJsselland
 * published it (the sum may miss the total by a few cents); {@code GROOTSTE_REST}: largest remainder, the amounts
 * add up to the total.
 */
public enum Rounding {
    HALF_UP_PER_GEMEENTE, GROOTSTE_REST;

    /** The rounding that computes it. */
    ShareRounding strategy() {
        return this == GROOTSTE_REST ? new LargestRemainder() : new HalfUpPerMunicipality();
    }
}
