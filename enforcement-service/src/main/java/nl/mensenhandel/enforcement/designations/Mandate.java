package nl.mensenhandel.enforcement.designations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.mensenhandel.platform.mongo.RegionScoped;

/**
 * A municipality's mandate of its enforcement tasks to an omgevingsdienst (Awb art. 10:1 ff.): one per municipality,
 * so the id is the municipality code.
 *
 * @param tasks {@code TOEZICHT} (supervision: its inspectors may act for the municipality) and/or {@code MAATREGELEN}
 */
@Document("mandates")
public record Mandate(
        @Id String id,
        String region,
        String municipalityCode,
        String organisation,
        String decisionReference,
        LocalDate validFrom,
        LocalDate validUntil,
        List<String> tasks,
        Instant updatedAt,
        String updatedBy) implements RegionScoped {

    public static final String TOEZICHT = "TOEZICHT";

    public boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validUntil == null || !date.isAfter(validUntil));
    }

    public boolean covers(String task) {
        return tasks != null && tasks.contains(task);
    }
}
