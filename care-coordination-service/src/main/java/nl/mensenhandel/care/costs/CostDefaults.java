package nl.mensenhandel.care.costs;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The configured defaults per region ({@code care.regions.<region>.costs.<year>}: method, total, rounding,
 * centrumgemeente). A region's settings stored with {@code putCostAllocation} take precedence over these.
 */
@ConfigurationProperties("care")
public record CostDefaults(Map<String, RegionCosts> regions) {

    public CostDefaults {
        regions = regions == null ? Map.of() : Map.copyOf(regions);
    }

    /** One region's defaults; a region configured for other reasons (e.g. its providers) may have none. */
    public record RegionCosts(Map<Integer, YearCosts> costs) {

        public RegionCosts {
            costs = costs == null ? Map.of() : Map.copyOf(costs);
        }
    }

    /** One year's defaults. */
    public record YearCosts(AllocationMethod method, BigDecimal totalAmount, Rounding rounding,
            String centrumgemeenteCode) {
    }

    /** The configured settings of a year, or empty. */
    Optional<CostSettings> forYear(String region, int year) {
        return Optional.ofNullable(regions.get(region)).map(r -> r.costs().get(year))
                .filter(y -> y.method() != null && y.totalAmount() != null)
                .map(y -> new CostSettings(y.method(), y.totalAmount(), y.rounding(), y.centrumgemeenteCode(),
                        List.of()));
    }
}
