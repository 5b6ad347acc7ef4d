package nl.mensenhandel.care.costs;

import java.math.BigInteger;
import java.util.List;

/** Divides a total in cents over bases in proportion, each share a whole number of cents. */
interface ShareRounding {

    /**
     * @param totalCents the total in cents, not negative
     * @param bases      the counts, not negative, adding up to more than zero
     * @return the cents per basis, in the order of {@code bases}
     */
    List<BigInteger> split(BigInteger totalCents, List<Long> bases);

    /** The exact share {@code totalCents * basis / basisTotal} as quotient and remainder (integers, no rounding yet). */
    static BigInteger[] exact(BigInteger totalCents, long basis, BigInteger basisTotal) {
        return totalCents.multiply(BigInteger.valueOf(basis)).divideAndRemainder(basisTotal);
    }

    static BigInteger sum(List<Long> bases) {
        return bases.stream().map(BigInteger::valueOf).reduce(BigInteger.ZERO, BigInteger::add);
    }
}
