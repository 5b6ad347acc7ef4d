package nl.mensenhandel.enforcement.designations;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.mensenhandel.platform.mongo.RegionScoped;

/**
 * An aanwijzingsbesluit: the burgemeester or college of a municipality designates an inspector as toezichthouder
 * (Awb art. 5:11) for that municipality. One per municipality and username ({@link #idOf}).
 *
 * @param underMandateOf the omgevingsdienst the inspector works for when designated under its mandate, or null
 */
@Document("designations")
public record Designation(
        @Id String id,
        String region,
        String municipalityCode,
        String username,
        String designatedBy,
        String underMandateOf,
        String decisionReference,
        LocalDate validFrom,
        LocalDate validUntil,
        Instant updatedAt,
        String updatedBy) implements RegionScoped {

    public static String idOf(String municipalityCode, String username) {
        return municipalityCode + ":" + username;
    }

    /** Valid on the date: from validFrom up to and including validUntil (open-ended without one). */
    public boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validUntil == null || !date.isAfter(validUntil));
    }
}
