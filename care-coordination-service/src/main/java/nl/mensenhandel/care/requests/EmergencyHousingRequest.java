package nl.mensenhandel.care.requests;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.mensenhandel.platform.mongo.RegionScoped;

/**
 * People who lose their home through an administrative measure (issue 10), as enforcement-service's outbox
 * delivered them: counted, never named — so nothing here is personal data of its own; the measure it came from
 * stays in enforcement-service.
 *
 * @param commandId  the sender's command id (its Idempotency-Key), to trace the request back to the measure
 * @param sentBy     the client id of the service that delivered it
 * @param receivedAt when it arrived (the list is newest first; retention counts from here)
 * @param outbox     the zorgcoordinators' notification still to deliver ({@code nl.mensenhandel.platform.outbox}),
 *                   written in the same insert as the request
 */
@Document("emergency_housing_requests")
@CompoundIndex(name = "worklist", def = "{'region': 1, 'receivedAt': -1}")
public record EmergencyHousingRequest(
        @Id String id,
        String region,
        String municipalityCode,
        String measureId,
        String instrumentCode,
        int adults,
        int minors,
        Instant shelterNeededFrom,
        Instant receivedAt,
        String commandId,
        String sentBy,
        List<org.bson.Document> outbox) implements RegionScoped {

    /** The collection (also an outbox collection: NotificationsConfiguration). */
    public static final String COLLECTION = "emergency_housing_requests";

    public EmergencyHousingRequest {
        outbox = outbox == null ? List.of() : List.copyOf(outbox);
    }
}
