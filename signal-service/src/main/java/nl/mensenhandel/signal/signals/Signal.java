package nl.mensenhandel.signal.signals;

import java.time.Instant;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.mensenhandel.platform.mongo.RegionScoped;

/**
 * A signal (signaal) of possible human trafficking, as stored. The region is the tenant; the
 * municipality decides which aandachtsfunctionaris receives it.
 */
@Document("signals")
@CompoundIndex(name = "worklist", def = "{'region': 1, 'municipalityCode': 1, 'createdAt': -1}")
public record Signal(
        @Id String id,
        String region,
        String municipalityCode,
        Set<ExploitationForm> forms,
        SourceType sourceType,
        String description,
        Instant observedAt,
        SignalStatus status,
        Instant createdAt,
        String createdBy,
        String createdBySubject,
        Instant updatedAt) implements RegionScoped {
}
