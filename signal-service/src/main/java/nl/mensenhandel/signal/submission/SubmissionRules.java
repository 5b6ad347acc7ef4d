package nl.mensenhandel.signal.submission;

import static nl.mensenhandel.platform.policy.PolicyDecision.allowed;
import static nl.mensenhandel.platform.policy.PolicyDecision.rejected;

import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.signal.route.TransitionTable;
import nl.mensenhandel.signal.signal.Signal;
import nl.mensenhandel.signal.signal.SignalStatus;

/**
 * When a signal may be put before the table. Sources: the regional plans (DOMAIN.md §3: the AF brings an
 * enriched signal to the casustafel / weeg- en monitortafel); the route's transition table.
 */
final class SubmissionRules {

    private SubmissionRules() {
    }

    /**
     * Rule: submitting moves the signal to TER_WEGING, so the route's transition table must allow that step —
     * but not the urgent path ({@code ONTVANGEN → TER_WEGING}, SPOED only and with the acute action recorded:
     * {@code transitionSignal}). A signal the urgent path already put before the table is submitted as it is,
     * so that its casus is opened too.
     */
    static PolicyDecision mayGoToTheTable(Signal signal) {
        boolean byTheRoute = TransitionTable.allows(signal.status(), SignalStatus.TER_WEGING)
                && !TransitionTable.isUrgentPath(signal.status(), SignalStatus.TER_WEGING);
        boolean alreadyBeforeTheTable = signal.status() == SignalStatus.TER_WEGING;
        return byTheRoute || alreadyBeforeTheTable ? allowed()
                : rejected("submission-follows-the-route", ProblemType.ILLEGAL_TRANSITION,
                        "Signal " + signal.id() + " is " + signal.status() + "; only a signal that may go "
                                + SignalStatus.TER_WEGING + " is submitted to the table (a SPOED signal takes the"
                                + " urgent path with transitionSignal first)");
    }

    /**
     * Rule: a signal is submitted once — it is on one casus' agenda. A repeat of the same submission (same
     * submission id, e.g. a retried request) is not a second one.
     */
    static PolicyDecision submittedOnce(Signal signal, String submissionId) {
        return signal.triage() == null || submissionId.equals(signal.triage().submissionId()) ? allowed()
                : rejected("signal-submitted-once", ProblemType.CONFLICT,
                        "Signal " + signal.id() + " was already submitted to the table");
    }
}
