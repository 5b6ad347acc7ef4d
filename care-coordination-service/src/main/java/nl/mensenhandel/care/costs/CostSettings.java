package nl.mensenhandel.care.costs;

import java.math.BigDecimal;
import java.util.List;

/**
 * A region's settings for one year: the method, the total to divide, the rounding and what the method needs.
 *
 * @param centrumgemeenteCode the municipality that pays all ({@link AllocationMethod#CENTRUMGEMEENTE} only)
 * @param populations         the populations for {@link AllocationMethod#INWONERSSLEUTEL}; empty: the configured
 *                            ones apply
 */
public record CostSettings(AllocationMethod method, BigDecimal totalAmount, Rounding rounding,
        String centrumgemeenteCode, List<Population> populations) {

    public CostSettings {
        rounding = rounding == null ? Rounding.HALF_UP_PER_GEMEENTE : rounding;
        populations = populations == null ? List.of() : List.copyOf(populations);
    }

    CostSettings withPopulations(List<Population> given) {
        return new CostSettings(method, totalAmount, rounding, centrumgemeenteCode, given);
    }
}
