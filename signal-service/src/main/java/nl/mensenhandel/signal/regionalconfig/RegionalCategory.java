package nl.mensenhandel.signal.regionalconfig;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.mensenhandel.platform.mongo.RegionScoped;
import nl.mensenhandel.signal.signal.ExploitationForm;

/** A region's own category (e.g. Alblasserdam's illegale huisvesting), mapped onto one of the four forms. */
@Document("regional_categories")
public record RegionalCategory(@Id String id, String region, String code, String name, ExploitationForm form,
        boolean active) implements RegionScoped {

    static String idOf(String region, String code) {
        return region + "|" + code;
    }
}
