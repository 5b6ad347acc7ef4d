package nl.mensenhandel.triage.commands;

import java.time.LocalDate;
import java.util.List;

/**
 * The commands a casus sends to other services, as stored in its outbox (payload encrypted with the region key)
 * and delivered by the dispatcher. The entry id is the receiver's Idempotency-Key: deterministic from the
 * decision, e.g. {@code <trackId>:care-request}, {@code <decisionId>:outcome:<signalId>}.
 */
public final class Commands {

    /** Outbox kinds. */
    public static final String CARE_REQUEST = "care-request";
    public static final String INSPECTION_REQUEST = "inspection-request";
    public static final String CASE_OUTCOME = "case-outcome";

    private Commands() {
    }

    /** To care-coordination-service {@code receiveCareRequest}: a ZORGTRAJECT or ZORG_EN_STRAF track. */
    public record CareRequest(String caseId, String caseReference, String trackId, String trackType,
            List<String> municipalityCodes, String regiehouderOrganisation, String careNeed, LocalDate dueDate,
            boolean urgent) {
    }

    /** To enforcement-service {@code receiveInspectionRequest}: an INTEGRALE_CONTROLE track. */
    public record InspectionRequest(String caseId, String caseReference, String trackId,
            List<String> municipalityCodes, String reason, LocalDate dueDate, boolean urgent) {
    }

    /** To signal-service {@code recordCaseOutcome}, one per signal of the casus. */
    public record CaseOutcome(String signalId, String caseId, String caseReference, String decisionId, String result,
            String closingReason, List<String> trackTypes, String feedback) {
    }
}
