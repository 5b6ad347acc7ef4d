package nl.mensenhandel.signal.signal;

import java.time.Instant;

/**
 * A signal's place at the table: the submission that put it before the table (the AF's decision, with the
 * command to triage-service) and, once triage-service has opened it, the casus. Written by the submission
 * and its delivery only, each with an update of its own.
 *
 * @param submissionId  the submission (also the Idempotency-Key of the open-case command)
 * @param submittedAt   when the AF submitted it
 * @param caseId        the casus in triage-service, once opened
 * @param caseReference its human-readable reference, e.g. {@code ZW-2026-0001}
 * @param outcomeId     once the table's outcome was recorded ({@code recordCaseOutcome}): the id its command
 *                      key was given, so a repeat of that command finds it and changes nothing
 */
public record TriageLink(String submissionId, Instant submittedAt, String caseId, String caseReference,
        String outcomeId) {

    public static final String FIELD = "triage";
}
