package nl.mensenhandel.enforcement.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.mensenhandel.platform.mongo.RegionScoped;

/**
 * An integrated inspection a table asked for (track INTEGRALE_CONTROLE), as received from triage-service and
 * stored. The reason names an address and what was seen there (possibly a victim's or suspect's home): encrypted
 * at rest ({@link InspectionRequestEncryption}).
 *
 * @param commandId  the sender's command id (its Idempotency-Key), to trace a request back to the decision
 * @param sentBy     the client id of the service that delivered it
 * @param receivedAt when it arrived (the list is newest first; retention counts from here)
 */
@Document("inspection_requests")
@CompoundIndex(name = "worklist", def = "{'region': 1, 'municipalityCodes': 1, 'receivedAt': -1}")
public record InspectionRequest(
        @Id String id,
        String region,
        String caseId,
        String caseReference,
        String trackId,
        List<String> municipalityCodes,
        String reason,
        LocalDate dueDate,
        boolean urgent,
        InspectionRequestStatus status,
        Instant receivedAt,
        String commandId,
        String sentBy) implements RegionScoped {
}
