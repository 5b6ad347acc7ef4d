package nl.mensenhandel.signal.regionalconfig;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.mensenhandel.platform.mongo.RegionScoped;

/**
 * A municipality's choice whether residents can report anonymously about it on this platform (a public
 * meldpunt), and where they report instead. Stored only once the regio-beheerder decides; until then
 * {@link Meldpunten#DEFAULT_ANONYMOUS_INTAKE} applies. The id is the municipality code: a municipality
 * belongs to one region.
 */
@Document("meldpunten")
public record Meldpunt(@Id String id, String region, boolean anonymousIntake, List<ReportingAlternative> alternatives,
        Instant updatedAt) implements RegionScoped {

    public String municipalityCode() {
        return id;
    }
}
