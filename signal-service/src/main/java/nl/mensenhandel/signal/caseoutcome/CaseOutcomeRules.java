package nl.mensenhandel.signal.caseoutcome;

import static nl.mensenhandel.platform.policy.PolicyDecision.allowed;
import static nl.mensenhandel.platform.policy.PolicyDecision.rejected;

import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.signal.signal.Signal;
import nl.mensenhandel.signal.signal.SignalStatus;

/** The rules of taking a table's outcome onto a signal (api-specs/signal-service.yaml recordCaseOutcome). */
final class CaseOutcomeRules {

    /** What the reporter is told when the table wrote nothing for them (no names, no content). */
    static final String FORWARDED_FEEDBACK = "Uw signaal is besproken aan de casustafel en er is vervolg aan gegeven.";
    static final String CLOSED_FEEDBACK = "Uw signaal is besproken aan de casustafel; de casus is afgesloten.";

    private CaseOutcomeRules() {
    }

    /**
     * Rule outcome-only-while-weighed-in-that-casus: the outcome lands on a signal that is {@code TER_WEGING} in
     * the casus that decided. A signal the AF took back (no longer TER_WEGING) or weighed in another casus keeps
     * its route: the outcome is not forced on it (409).
     */
    static PolicyDecision weighedInThatCasus(Signal signal, String caseId) {
        if (signal.status() != SignalStatus.TER_WEGING) {
            return rejected("outcome-only-while-weighed-in-that-casus", ProblemType.ILLEGAL_TRANSITION,
                    "The signal is " + signal.status() + ", no longer " + SignalStatus.TER_WEGING
                            + ": the table's outcome is not forced on it");
        }
        if (signal.triage() == null || !caseId.equals(signal.triage().caseId())) {
            return rejected("outcome-only-while-weighed-in-that-casus", ProblemType.ILLEGAL_TRANSITION,
                    "The signal is not weighed in this casus");
        }
        return allowed();
    }

    /** The reporter's feedback: the table's text, else the standard text of the result. */
    static String feedbackOf(TableOutcome outcome) {
        if (outcome.feedback() != null && !outcome.feedback().isBlank()) {
            return outcome.feedback();
        }
        return outcome.result() == SignalStatus.DOORGELEID ? FORWARDED_FEEDBACK : CLOSED_FEEDBACK;
    }

    /** The history entry's reason: it names the casus and the decision (ids and reference only). */
    static String historyReason(TableOutcome outcome) {
        return "Uitkomst casus " + outcome.caseReference() + " (besluit " + outcome.decisionId() + ")";
    }

    /** Where a forwarded signal went: the casus and its tracks. */
    static String forwardedTo(TableOutcome outcome) {
        return "casus " + outcome.caseReference()
                + (outcome.trackTypes().isEmpty() ? "" : " (" + String.join(", ", outcome.trackTypes()) + ")");
    }
}
