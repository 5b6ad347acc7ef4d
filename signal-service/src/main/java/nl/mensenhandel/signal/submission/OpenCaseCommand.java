package nl.mensenhandel.signal.submission;

import java.util.List;

/**
 * The command to triage-service that opens the casus, as stored in the submission's outbox entry (encrypted:
 * the summary is personal-ish text). It names the AF it is sent for, as they were when they submitted — the
 * delivery may run after their token expired (docs/security.md, "Service-to-service calls").
 */
public record OpenCaseCommand(List<String> signalIds, List<String> municipalityCodes, String summary,
        OnBehalfOf onBehalfOf) {

    /** The AF who submitted: subject, username, region and the municipalities they serve. */
    public record OnBehalfOf(String subject, String username, String region, List<String> municipalities) {
    }
}
