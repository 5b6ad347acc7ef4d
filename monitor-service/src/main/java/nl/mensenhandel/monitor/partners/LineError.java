package nl.mensenhandel.monitor.partners;

/**
 * One bad line of a partner-figures CSV (extension member {@code lineErrors} of problem
 * {@code partner-figures-invalid}): the physical line number (1 = the header), the column's name (null when the
 * whole line is wrong) and what is wrong.
 */
public record LineError(int line, String column, String message) {
}
