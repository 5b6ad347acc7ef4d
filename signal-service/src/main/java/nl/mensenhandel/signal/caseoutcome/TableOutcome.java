package nl.mensenhandel.signal.caseoutcome;

import java.util.List;

import nl.mensenhandel.signal.signal.ClosingReason;
import nl.mensenhandel.signal.signal.SignalStatus;

/**
 * What a table decided on the casus a signal was weighed in, as triage-service sends it (the contract's
 * {@code CaseOutcome}).
 *
 * @param result     {@code DOORGELEID} (tracks opened) or {@code AFGESLOTEN} (with a closing reason)
 * @param trackTypes the tracks the decision opened (triage-service's TrackType values)
 * @param feedback   what the reporter is told; the standard text of the result when the table wrote none
 */
public record TableOutcome(String region, String caseId, String caseReference, String decisionId,
        SignalStatus result, ClosingReason closingReason, List<String> trackTypes, String feedback) {
}
