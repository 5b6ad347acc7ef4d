package nl.mensenhandel.signal.submission;

import java.time.Instant;
import java.util.List;

import org.bson.Document;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;

import nl.mensenhandel.platform.mongo.RegionScoped;

/**
 * The AF's decision to put signals before the table, as stored — with the command that opens the casus in
 * triage-service in the same document ({@code outbox}, one entry whose id is this submission's id and so the
 * Idempotency-Key triage-service deduplicates by). Written once by an insert; afterwards only by updates (the
 * outbox dispatcher's, and the recording of triage-service's answer), so the outbox array is never dropped.
 *
 * @param municipalityCodes the municipalities of the signals, lead (first signal's) first
 * @param caseId            the casus in triage-service, once opened
 * @param caseReference     its reference, e.g. {@code ZW-2026-0001}
 */
@org.springframework.data.mongodb.core.mapping.Document(TriageSubmission.COLLECTION)
@CompoundIndex(name = "bySignal", def = "{'region': 1, 'signalIds': 1}")
public record TriageSubmission(
        @Id String id,
        String region,
        List<String> signalIds,
        List<String> municipalityCodes,
        SubmissionStatus status,
        String submittedBy,
        String submittedBySubject,
        Instant submittedAt,
        String caseId,
        String caseReference,
        Instant answeredAt,
        List<Document> outbox) implements RegionScoped {

    public static final String COLLECTION = "triage_submissions";
}
