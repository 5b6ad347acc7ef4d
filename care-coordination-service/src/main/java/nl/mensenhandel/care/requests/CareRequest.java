package nl.mensenhandel.care.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.mensenhandel.platform.mongo.RegionScoped;

/**
 * A care track a table decided on (ZORGTRAJECT, or the care part of ZORG_EN_STRAF), as received from
 * triage-service and stored. The care need speaks of a victim's situation (AVG art. 9): encrypted at rest
 * ({@link CareRequestEncryption}).
 *
 * @param commandId  the sender's command id (its Idempotency-Key), to trace a request back to the decision
 * @param sentBy     the client id of the service that delivered it
 * @param receivedAt when it arrived (the list is newest first; retention counts from here)
 * @param trajectoryId the zorgtraject this request opens (its id follows from the request's; issue 9)
 */
@Document("care_requests")
@CompoundIndex(name = "worklist", def = "{'region': 1, 'receivedAt': -1}")
public record CareRequest(
        @Id String id,
        String region,
        String caseId,
        String caseReference,
        String trackId,
        String trackType,
        List<String> municipalityCodes,
        String regiehouderOrganisation,
        String careNeed,
        LocalDate dueDate,
        boolean urgent,
        CareRequestStatus status,
        Instant receivedAt,
        String commandId,
        String sentBy,
        String trajectoryId) implements RegionScoped {
}
