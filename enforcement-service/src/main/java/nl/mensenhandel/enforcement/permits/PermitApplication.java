package nl.mensenhandel.enforcement.permits;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;

import nl.mensenhandel.enforcement.premises.Premises;
import nl.mensenhandel.platform.mongo.RegionScoped;

/**
 * A permit application (sex business, horeca) as stored in {@value #COLLECTION}; {@code applicant} and
 * {@code address} are encrypted at rest.
 *
 * @param decidedAt when the decision was recorded (retention counts from it)
 */
@org.springframework.data.mongodb.core.mapping.Document(PermitApplication.COLLECTION)
@CompoundIndex(name = "caps", def = "{'region': 1, 'municipalityCode': 1, 'permitType': 1, 'status': 1}")
public record PermitApplication(@Id String id, String region, String municipalityCode, String permitType,
        String applicant, Premises address, LocalDate receivedOn, PermitStatus status, Bibob bibob,
        LocalDate decidedOn, String reason, Instant decidedAt, Instant createdAt, String createdBy, long version)
        implements RegionScoped {

    public static final String COLLECTION = "permitApplications";

    /** The Bibob screening: request to the Landelijk Bureau Bibob, its deadline and advice. */
    public record Bibob(LocalDate requestedOn, LocalDate adviceDeadline, String advice, LocalDate adviceReceivedOn) {

        /** No advice yet and the deadline has passed. */
        public boolean overdue(LocalDate today) {
            return advice == null && adviceDeadline != null && today.isAfter(adviceDeadline);
        }
    }
}
