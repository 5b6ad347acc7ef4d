package nl.mensenhandel.triage.tables;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.mensenhandel.platform.mongo.RegionScoped;

/**
 * A region's way of weighing as its regio-beheerder stored it (issue 8 §1). One document per region: its id is
 * the region, so a put replaces the whole configuration. Organisations and table names only — no personal data.
 *
 * @param updatedBy subject of the regio-beheerder who stored it
 */
@Document("triage_configurations")
public record StoredTriageConfiguration(@Id String id, String region, List<TriageConfiguration.Table> tables,
        List<String> steps, boolean afDecidesWithoutTable, int escalateAfterDays, Instant updatedAt, String updatedBy)
        implements RegionScoped {

    static StoredTriageConfiguration of(TriageConfiguration configuration, String updatedBy) {
        return new StoredTriageConfiguration(configuration.region(), configuration.region(), configuration.tables(),
                configuration.steps(), configuration.afDecidesWithoutTable(), configuration.escalateAfterDays(),
                configuration.updatedAt(), updatedBy);
    }

    TriageConfiguration configuration() {
        return new TriageConfiguration(region, tables, steps, afDecidesWithoutTable, escalateAfterDays, true,
                updatedAt);
    }
}
