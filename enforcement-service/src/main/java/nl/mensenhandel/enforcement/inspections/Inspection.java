package nl.mensenhandel.enforcement.inspections;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.mensenhandel.platform.mongo.RegionScoped;

/**
 * An integrated inspection (integrale controle) at one address in one municipality, as stored.
 *
 * @param inspectedAt when it took place; null while only planned
 * @param createdAt   when it was logged (orders planned inspections, which have no inspectedAt yet)
 */
@Document("inspections")
@CompoundIndex(name = "worklist", def = "{'region': 1, 'municipalityCode': 1, 'inspectedAt': -1}")
public record Inspection(
        @Id String id,
        String region,
        String municipalityCode,
        InspectionType inspectionType,
        Instant inspectedAt,
        InspectionStatus status,
        Instant createdAt) implements RegionScoped {
}
