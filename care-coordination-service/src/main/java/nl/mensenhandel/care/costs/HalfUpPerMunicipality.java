package nl.mensenhandel.care.costs;

import java.math.BigInteger;
import java.util.List;

/**
 * Each municipality's exact share of the total, rounded half-up to the cent on its own — how the IJsselland source
 * ({@code 002_...txt} §4.4, "inwonersaantal als verdeelsleutel") computed its table: Dalfsen 28,901 / 534,800 of
 * EUR 81,148 = 4,385.2998... → 4,385.30. The amounts need not add up to the total (there: 81,147.99).
 * Computed on integers (cents), so no intermediate rounding can move a cent.
 */
final class HalfUpPerMunicipality implements ShareRounding {

    @Override
    public List<BigInteger> split(BigInteger totalCents, List<Long> bases) {
        BigInteger basisTotal = ShareRounding.sum(bases);
        return bases.stream().map(basis -> {
            BigInteger[] exact = ShareRounding.exact(totalCents, basis, basisTotal);
            boolean halfOrMore = exact[1].shiftLeft(1).compareTo(basisTotal) >= 0;
            return halfOrMore ? exact[0].add(BigInteger.ONE) : exact[0];
        }).toList();
    }
}
