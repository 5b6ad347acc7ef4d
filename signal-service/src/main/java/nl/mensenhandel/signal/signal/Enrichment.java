package nl.mensenhandel.signal.signal;

import java.time.Instant;

/** An append-only enrichment entry (verrijking). A correction is a new entry naming the one it corrects. */
public record Enrichment(String entryId, EnrichmentSource source, String summary, String legalBasis, String author,
        Instant at, String corrects) {
}
