package nl.mensenhandel.care.costs;

/**
 * How a region divides the cost of its care coordination over its municipalities (issue 9 §8): by population
 * ({@code INWONERSSLEUTEL}, the default, as IJsselland does: the IJsselland source {@code 002_...txt} §4.4), one
 * {@code CENTRUMGEMEENTE} pays all, or {@code NAAR_GEBRUIK}: by the trajectories each municipality is responsible for.
 */
public enum AllocationMethod {
    INWONERSSLEUTEL, CENTRUMGEMEENTE, NAAR_GEBRUIK
}
