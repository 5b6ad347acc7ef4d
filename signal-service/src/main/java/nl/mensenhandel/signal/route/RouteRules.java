package nl.mensenhandel.signal.route;

import static nl.mensenhandel.platform.policy.PolicyDecision.allowed;
import static nl.mensenhandel.platform.policy.PolicyDecision.rejected;
import static nl.mensenhandel.platform.policy.PolicyDecision.rejectedField;

import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.signal.signal.ClosingReason;
import nl.mensenhandel.signal.signal.SignalStatus;
import nl.mensenhandel.signal.signal.Urgency;

/** The rules of moving a signal along the route and of enriching it, one named rule each. */
final class RouteRules {

    private RouteRules() {
    }

    /** Rule: only the transitions of the {@link TransitionTable}. */
    static PolicyDecision transitionAllowed(SignalStatus from, SignalStatus to) {
        return TransitionTable.allows(from, to) ? allowed()
                : rejected("transition-in-table", ProblemType.ILLEGAL_TRANSITION,
                        "A signal cannot go from " + from + " to " + to + "; allowed from " + from + ": "
                                + TransitionTable.from(from));
    }

    /** Rule: closing names one of the closing reasons; other transitions carry none. */
    static PolicyDecision closingNeedsReason(SignalStatus to, ClosingReason closingReason) {
        if (to == SignalStatus.AFGESLOTEN && closingReason == null) {
            return rejectedField("closing-needs-reason", "closingReason", "is required to close a signal");
        }
        if (to != SignalStatus.AFGESLOTEN && closingReason != null) {
            return rejectedField("closing-reason-only-when-closing", "closingReason",
                    "is only given when closing a signal");
        }
        return allowed();
    }

    /** Rule: a result (forwarded or closed) comes with a short feedback text for the reporter. */
    static PolicyDecision resultNeedsFeedback(SignalStatus to, String feedback) {
        return TransitionTable.isResult(to) && (feedback == null || feedback.isBlank())
                ? rejectedField("result-needs-feedback", "feedback",
                        "is required when the route reaches a result, for the reporter")
                : allowed();
    }

    /**
     * Rule urgent-path-only-for-spoed (DOMAIN.md §3, snel acteren): {@code ONTVANGEN → TER_WEGING} skips
     * enrichment, which only a signal with urgency SPOED may do; any other signal is enriched first.
     */
    static PolicyDecision urgentPathOnlyForSpoed(SignalStatus from, SignalStatus to, Urgency urgency) {
        return TransitionTable.isUrgentPath(from, to) && urgency != Urgency.SPOED
                ? rejected("urgent-path-only-for-spoed", ProblemType.ILLEGAL_TRANSITION,
                        "Only a SPOED signal goes from " + from + " straight to " + to + "; enrich it first ("
                                + SignalStatus.IN_VERRIJKING + ")")
                : allowed();
    }

    /**
     * Rule urgent-path-records-acute-action (DOMAIN.md §3: acute intervention happens first, monodisciplinary —
     * police/OM, mayor or care coordinator — and the table is informed after): the urgent path records which
     * acute action was taken and by whom; no other transition carries one.
     */
    static PolicyDecision urgentPathRecordsAcuteAction(SignalStatus from, SignalStatus to, String acuteAction) {
        boolean given = acuteAction != null && !acuteAction.isBlank();
        if (TransitionTable.isUrgentPath(from, to) && !given) {
            return rejectedField("urgent-path-records-acute-action", "acuteAction",
                    "is required on the urgent path: the acute action already taken, and by whom");
        }
        if (!TransitionTable.isUrgentPath(from, to) && acuteAction != null) {
            return rejectedField("acute-action-only-on-urgent-path", "acuteAction",
                    "is only given on the urgent path (" + SignalStatus.ONTVANGEN + " -> " + SignalStatus.TER_WEGING
                            + ")");
        }
        return allowed();
    }

    /** Rule: a closed signal is not enriched; reopen it first. */
    static PolicyDecision enrichOpenSignal(SignalStatus status) {
        return status == SignalStatus.AFGESLOTEN
                ? rejected("enrich-open-signal", ProblemType.ILLEGAL_TRANSITION,
                        "A closed signal is not enriched; reopen it first")
                : allowed();
    }
}
