package nl.mensenhandel.triage.cases;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.mensenhandel.platform.mongo.RegionScoped;

/**
 * A casus as stored: one or more signals weighed together at the table of the region. The
 * municipality is the one the casus is about; it decides which aandachtsfunctionaris may see it.
 */
@Document("cases")
@CompoundIndex(name = "worklist", def = "{'region': 1, 'municipalityCode': 1, 'createdAt': -1}")
public record Casus(
        @Id String id,
        String region,
        String municipalityCode,
        CasusStatus status,
        List<String> signalIds,
        Instant createdAt) implements RegionScoped {
}
