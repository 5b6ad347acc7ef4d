package nl.mensenhandel.care.costs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Divides a region's total over its municipalities in proportion to their bases, with the chosen rounding, and
 * reports the percentages (half-up to two decimals, as published), the sum of the amounts and the rounding
 * difference. With nothing to divide by (no trajectories at all for {@code NAAR_GEBRUIK}) every amount is 0.00 and
 * the whole total is the difference: there is no use to charge for.
 */
final class ProportionalSplit {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ProportionalSplit() {
    }

    static Allocation allocate(String region, int year, AllocationMethod method, Rounding rounding,
            BigDecimal totalAmount, List<Basis> bases) {
        BigDecimal total = totalAmount.setScale(2, RoundingMode.UNNECESSARY);
        List<Long> counts = bases.stream().map(Basis::count).toList();
        long basisTotal = counts.stream().mapToLong(Long::longValue).sum();
        List<BigInteger> cents = basisTotal == 0
                ? counts.stream().map(c -> BigInteger.ZERO).toList()
                : rounding.strategy().split(total.unscaledValue(), counts);
        List<Share> shares = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO.setScale(2);
        for (int i = 0; i < bases.size(); i++) {
            Basis basis = bases.get(i);
            BigDecimal amount = new BigDecimal(cents.get(i), 2);
            shares.add(new Share(basis.municipalityCode(), basis.name(), basis.count(),
                    percentage(basis.count(), basisTotal), amount));
            sum = sum.add(amount);
        }
        return new Allocation(region, year, method, rounding, total, basisTotal, shares, sum, total.subtract(sum));
    }

    /** {@code basis / basisTotal} in percent, half-up to two decimals: Zwolle 129,840 / 534,800 → 24.28. */
    static BigDecimal percentage(long basis, long basisTotal) {
        if (basisTotal == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return BigDecimal.valueOf(basis).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(basisTotal), 2, RoundingMode.HALF_UP);
    }
}
