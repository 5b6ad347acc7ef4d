package nl.mensenhandel.triage.cases;

import java.time.Instant;
import java.util.List;

import org.bson.Document;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;

import nl.mensenhandel.platform.mongo.RegionScoped;
import nl.mensenhandel.triage.tables.TableRef;

/**
 * A casus as stored: one or more signals weighed together at the tables of the region, and everything that
 * follows — the decisions, the tracks they opened, escalations — in one document, so a decision, its tracks and
 * the commands to other services ({@code outbox}) are written in one update (ARCHITECTURE.md: single-document
 * atomicity). {@code municipalityCode} is the lead municipality, {@code municipalityCodes} every municipality
 * concerned (only those join the weging, and only their aandachtsfunctionarissen see the casus). Free texts are
 * encrypted at rest ({@link CasusEncryption}).
 *
 * @param reference          the human-readable reference, e.g. {@code ZW-2026-0001} ({@link CasusReferences})
 * @param table              the table whose agenda the casus is on now (a step of the region's configuration),
 *                           or null where the AF decides without a table
 * @param openedBy           subject of the aandachtsfunctionaris who opened it (also when a service acted for them)
 * @param urgent             the urgent path: acute intervention already taken, table informed at once
 * @param acuteInterventions what was done before the table (required when urgent)
 * @param personRefs         persons by reference, never names
 * @param decisions          every decision taken on it, oldest first
 * @param tracks             every track opened, oldest first
 * @param escalations        escalations to the beleidsregisseur, oldest first
 * @param outbox             commands and notifications still to deliver ({@code nl.mensenhandel.platform.outbox})
 * @param version            incremented by every update; conditional updates guard on it (optimistic locking)
 */
@org.springframework.data.mongodb.core.mapping.Document("cases")
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
        Instant createdAt,
        boolean urgent,
        List<AcuteIntervention> acuteInterventions,
        List<String> personRefs,
        List<Decision> decisions,
        List<Track> tracks,
        List<Escalation> escalations,
        List<Document> outbox,
        long version,
        Instant updatedAt) implements RegionScoped {

    public Casus {
        municipalityCodes = municipalityCodes == null || municipalityCodes.isEmpty()
                ? (municipalityCode == null ? List.of() : List.of(municipalityCode))
                : List.copyOf(municipalityCodes);
        signalIds = signalIds == null ? List.of() : List.copyOf(signalIds);
        acuteInterventions = acuteInterventions == null ? List.of() : List.copyOf(acuteInterventions);
        personRefs = personRefs == null ? List.of() : List.copyOf(personRefs);
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
        tracks = tracks == null ? List.of() : List.copyOf(tracks);
        escalations = escalations == null ? List.of() : List.copyOf(escalations);
        outbox = outbox == null ? List.of() : List.copyOf(outbox);
    }

    /** A new casus, as opened: on the agenda of {@code table}, nothing decided yet. */
    public static Casus opened(String id, String region, List<String> municipalityCodes, List<String> signalIds,
            String reference, TableRef table, String summary, String openedBy, Instant createdAt, boolean urgent,
            List<AcuteIntervention> acuteInterventions, List<String> personRefs) {
        return new Casus(id, region, municipalityCodes.getFirst(), municipalityCodes, CasusStatus.AANGEMELD,
                signalIds, reference, table, summary, openedBy, createdAt, urgent, acuteInterventions, personRefs,
                List.of(), List.of(), List.of(), List.of(), 0, createdAt);
    }

    /** The same casus with these outbox entries (written with its insert, e.g. the urgent path's notification). */
    public Casus withOutbox(List<Document> entries) {
        return new Casus(id, region, municipalityCode, municipalityCodes, status, signalIds, reference, table, summary,
                openedBy, createdAt, urgent, acuteInterventions, personRefs, decisions, tracks, escalations, entries,
                version, updatedAt);
    }

    /** The track with this id, if the casus has it. */
    public java.util.Optional<Track> track(String trackId) {
        return tracks.stream().filter(track -> track.id().equals(trackId)).findFirst();
    }
}
