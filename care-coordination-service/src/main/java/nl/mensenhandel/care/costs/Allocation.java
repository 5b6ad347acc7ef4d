package nl.mensenhandel.care.costs;

import java.math.BigDecimal;
import java.util.List;

/**
 * A region's cost allocation for a year.
 *
 * @param sumOfAmounts       the shares' amounts added up
 * @param roundingDifference {@code totalAmount - sumOfAmounts}: 0.01 for IJsselland 2022 as published, 0.00 with
 *                           {@link Rounding#GROOTSTE_REST}
 */
public record Allocation(String region, int year, AllocationMethod method, Rounding rounding, BigDecimal totalAmount,
        long basisTotal, List<Share> shares, BigDecimal sumOfAmounts, BigDecimal roundingDifference) {

    public Allocation {
        shares = List.copyOf(shares);
    }
}
