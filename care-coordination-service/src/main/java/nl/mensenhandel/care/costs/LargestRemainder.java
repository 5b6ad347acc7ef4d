package nl.mensenhandel.care.costs;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Largest-remainder rounding (Hare): every municipality gets its exact share rounded down to the cent, and the cents
 * still missing go one each to the largest remainders, so the amounts add up to the total exactly (issue 9 §8: "a
 * region can choose largest-remainder rounding so that amounts add up to the total"). Equal remainders: the larger
 * basis first, then the earlier in the list — so the result never depends on chance.
 */
final class LargestRemainder implements ShareRounding {

    @Override
    public List<BigInteger> split(BigInteger totalCents, List<Long> bases) {
        BigInteger basisTotal = ShareRounding.sum(bases);
        List<BigInteger> cents = new ArrayList<>();
        List<BigInteger> remainders = new ArrayList<>();
        for (long basis : bases) {
            BigInteger[] exact = ShareRounding.exact(totalCents, basis, basisTotal);
            cents.add(exact[0]);
            remainders.add(exact[1]);
        }
        BigInteger given = cents.stream().reduce(BigInteger.ZERO, BigInteger::add);
        int missing = totalCents.subtract(given).intValueExact(); // fewer than bases.size()
        List<Integer> order = IntStream.range(0, bases.size()).boxed()
                .sorted(Comparator.<Integer, BigInteger>comparing(remainders::get).reversed()
                        .thenComparing(Comparator.<Integer, Long>comparing(bases::get).reversed())
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
        for (int i = 0; i < missing; i++) {
            int index = order.get(i);
            cents.set(index, cents.get(index).add(BigInteger.ONE));
        }
        return List.copyOf(cents);
    }
}
