package nl.mensenhandel.triage.cases;

import java.time.Instant;
import java.util.List;

/**
 * A decision on a casus, as recorded: where and how it was taken, who took part, the deliberation (encrypted
 * at rest), the rationale and legal basis, and what followed — the casus sent on to the next table, or the
 * tracks it opened.
 *
 * @param meetingId the meeting it was taken in, if any
 * @param tableId   the table the casus was at when it was decided (null where the AF decided without a table)
 * @param trackIds  the tracks it opened (empty when it sent the casus on)
 * @param decidedBy username of who recorded it
 */
public record Decision(String id, String meetingId, String tableId, DecisionForm form, List<String> participants,
        String deliberation, String rationale, String legalBasis, List<Advice> advice, boolean nextStep,
        List<String> trackIds, String feedbackForReporter, Instant decidedAt, String decidedBy) {

    public Decision {
        participants = participants == null ? List.of() : List.copyOf(participants);
        advice = advice == null ? List.of() : List.copyOf(advice);
        trackIds = trackIds == null ? List.of() : List.copyOf(trackIds);
    }

    /** How a decision was taken (DOMAIN.md §3: a meeting, or by mail / spoed-MDO when it cannot wait). */
    public enum DecisionForm {
        OVERLEG, MAIL_CONSULTATIE, SPOED_MDO, AF_BESLUIT
    }

    /** Advice taken before deciding (e.g. ESSM). */
    public record Advice(String from, String summary) {
    }
}
