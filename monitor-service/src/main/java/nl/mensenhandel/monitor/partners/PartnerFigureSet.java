package nl.mensenhandel.monitor.partners;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.mensenhandel.platform.mongo.RegionScoped;

/**
 * All figures of one partner source for one year in one region — the unit an import replaces. One document, so a
 * re-import after a correction replaces the whole set with a single write (the store's single-document atomicity;
 * no transactions on the embedded store): a reader sees the old set or the new one, never half of each. The id is
 * the natural key {@code region|source|year}. Aggregated figures of partners: no personal data.
 */
@Document("partnerFigures")
public record PartnerFigureSet(@Id String id, String region, int year, String source, List<StoredFigure> figures,
        Instant importedAt, String importId) implements RegionScoped {

    public static String idOf(String region, String source, int year) {
        return region + "|" + source + "|" + year;
    }

    /** One figure; {@code value}, {@code low} and {@code high} all null for an unknown figure (never 0). */
    public record StoredFigure(String area, String form, String measure, String kind, Long value, Long low, Long high,
            String definition) {
    }
}
