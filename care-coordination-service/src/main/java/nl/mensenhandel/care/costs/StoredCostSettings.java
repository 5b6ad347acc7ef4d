package nl.mensenhandel.care.costs;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.mensenhandel.platform.mongo.RegionScoped;

/**
 * A region's cost settings for a year as the regio-beheerder stored them ({@code putCostAllocation}), one document
 * per region and year (id {@code <region>:<year>}, replaced on every put). Holds no personal data: amounts, CBS
 * codes and population counts only — so no encryption and no retention rule (it is the region's own bookkeeping).
 * The amount is stored as its decimal string, so no store can turn it into a binary fraction.
 */
@Document(StoredCostSettings.COLLECTION)
public record StoredCostSettings(@Id String id, String region, int year, AllocationMethod method, String totalAmount,
        Rounding rounding, String centrumgemeenteCode, List<Population> populations, Instant updatedAt)
        implements RegionScoped {

    public static final String COLLECTION = "cost_allocations";

    static String idOf(String region, int year) {
        return region + ":" + year;
    }

    static StoredCostSettings of(String region, int year, CostSettings settings, Instant now) {
        return new StoredCostSettings(idOf(region, year), region, year, settings.method(),
                settings.totalAmount().setScale(2).toPlainString(), settings.rounding(),
                settings.centrumgemeenteCode(), settings.populations(), now);
    }

    CostSettings settings() {
        return new CostSettings(method, new BigDecimal(totalAmount), rounding, centrumgemeenteCode, populations);
    }
}
