package nl.mensenhandel.triage.cases;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.mensenhandel.platform.mongo.RegionScoped;
import nl.mensenhandel.triage.tables.TableRef;

/**
 * A casus as stored: one or more signals weighed together at a table of the region. {@code municipalityCode}
 * is the lead municipality, {@code municipalityCodes} every municipality concerned (only those join the
 * weging, and only their aandachtsfunctionarissen see the casus). The summary is encrypted at rest
 * ({@link CasusEncryption}).
 *
 * @param reference the human-readable reference, e.g. {@code ZW-2026-0001} ({@link CasusReferences})
 * @param table     the table whose agenda the casus is on
 * @param openedBy  subject of the aandachtsfunctionaris who opened it (also when a service acted for them)
 */
@Document("cases")
@CompoundIndexes({
        @CompoundIndex(name = "worklist", def = "{'region': 1, 'municipalityCode': 1, 'createdAt': -1}"),
        @CompoundIndex(name = "municipalities", def = "{'region': 1, 'municipalityCodes': 1, 'createdAt': -1}"),
        @CompoundIndex(name = "signals", def = "{'region': 1, 'signalIds': 1}") })
public record Casus(
        @Id String id,
        String region,
        String municipalityCode,
        List<String> municipalityCodes,
        CasusStatus status,
        List<String> signalIds,
        String reference,
        TableRef table,
        String summary,
        String openedBy,
        Instant createdAt) implements RegionScoped {

    public Casus {
        municipalityCodes = municipalityCodes == null || municipalityCodes.isEmpty()
                ? (municipalityCode == null ? List.of() : List.of(municipalityCode))
                : List.copyOf(municipalityCodes);
        signalIds = signalIds == null ? List.of() : List.copyOf(signalIds);
    }
}
