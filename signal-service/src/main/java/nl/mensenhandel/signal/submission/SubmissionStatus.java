package nl.mensenhandel.signal.submission;

/**
 * Where a submission to the table is: recorded and being delivered to triage-service, the casus opened, or
 * refused by triage-service (a permanent answer such as 403/404/422 — never retried).
 */
public enum SubmissionStatus {
    PENDING, CASE_OPENED, REFUSED
}
