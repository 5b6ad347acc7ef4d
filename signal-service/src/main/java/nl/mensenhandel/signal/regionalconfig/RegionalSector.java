package nl.mensenhandel.signal.regionalconfig;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.mensenhandel.platform.mongo.RegionScoped;

/** A sector on a region's list (seksbranche, schoonmaak, bouw, …), for analysis. */
@Document("regional_sectors")
public record RegionalSector(@Id String id, String region, String code, String name, boolean active)
        implements RegionScoped {
}
