package nl.mensenhandel.monitor.partners;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.mensenhandel.platform.mongo.RegionScoped;

/**
 * What an import stored, kept under the import's id so that an Idempotency-Key retry answers the first result. It
 * is written after the figure sets: a retry after a crash in between writes the same sets again (a replace with
 * the same content) and then this record.
 */
@Document("partnerFigureImports")
public record PartnerFigureImportRecord(@Id String id, String region, int imported, int unknown, int estimates,
        List<Integer> years, List<String> sources, Instant importedAt) implements RegionScoped {
}
