package nl.mensenhandel.monitor.plateaus;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.mensenhandel.platform.mongo.RegionScoped;

/**
 * The answers of one municipality's self-assessment for one year: one document (id {@code region|code|year}), so a
 * change replaces all answers at once; {@code version} counts the stored changes (1 after the first) for optimistic
 * locking — no document means version 0. The notes are free text and encrypted at rest
 * ({@link PlateauAssessmentEncryption}).
 */
@Document("plateauAssessments")
public record PlateauAssessmentRecord(@Id String id, String region, String municipalityCode, int year, long version,
        List<PlateauAnswer> answers, Instant updatedAt) implements RegionScoped {

    public static String idOf(String region, String municipalityCode, int year) {
        return region + "|" + municipalityCode + "|" + year;
    }
}
