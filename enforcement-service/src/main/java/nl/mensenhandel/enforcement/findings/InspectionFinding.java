package nl.mensenhandel.enforcement.findings;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.mensenhandel.platform.mongo.RegionScoped;

/**
 * What the inspectors found at the address, as stored; the id is made by the field tool. {@code observations} is
 * encrypted at rest. A finding with trafficking indicators carries its signal's outbox entry from the insert on
 * (collection {@code findings} is an outbox collection).
 */
@Document("findings")
@CompoundIndex(name = "byInspection", def = "{'region': 1, 'inspectionId': 1, 'recordedAt': 1}")
public record InspectionFinding(
        @Id String id,
        String region,
        String inspectionId,
        String municipalityCode,
        long version,
        Instant observedAt,
        int personsPresent,
        Integer personsRegisteredInBrp,
        Double usableFloorAreaM2,
        Integer sleepingPlaces,
        Integer minorsPresent,
        String fireSafety,
        String sanitation,
        List<Indicator> traffickingIndicators,
        String observations,
        boolean overbewoning,
        Integer maxPersonsForArea,
        boolean brpDiscrepancy,
        FindingSignalState signal,
        String recordedBy,
        Instant recordedAt,
        List<org.bson.Document> outbox) implements RegionScoped {

    public InspectionFinding {
        traffickingIndicators = traffickingIndicators == null ? List.of() : List.copyOf(traffickingIndicators);
        outbox = outbox == null ? List.of() : List.copyOf(outbox);
    }
}
