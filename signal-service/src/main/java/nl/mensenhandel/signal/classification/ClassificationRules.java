package nl.mensenhandel.signal.classification;

import static nl.mensenhandel.platform.policy.PolicyDecision.allowed;
import static nl.mensenhandel.platform.policy.PolicyDecision.rejected;
import static nl.mensenhandel.platform.policy.PolicyDecision.rejectedField;

import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.tenancy.TenantContext;
import nl.mensenhandel.signal.signal.SignalStatus;

/** The rules of reclassifying a signal (issue 7 capability 4), one named rule each. */
final class ClassificationRules {

    private ClassificationRules() {
    }

    /**
     * Rule: only an open signal is reclassified — the classification follows the enrichment, which ends with a
     * result (DOORGELEID, AFGESLOTEN); reopen it first (issue 7 §4: "while the signal is open").
     */
    static PolicyDecision reclassifyOpenSignal(SignalStatus status) {
        return status == SignalStatus.DOORGELEID || status == SignalStatus.AFGESLOTEN
                ? rejected("reclassify-open-signal", ProblemType.ILLEGAL_TRANSITION,
                        "A signal with a result (" + status + ") is not reclassified; reopen it first")
                : allowed();
    }

    /**
     * Rule: reclassifying the exploitation municipality stays with the same AF — another municipality the caller
     * serves (a shared AF, e.g. Oostzaan and Wormerland; DOMAIN.md §2). Any other municipality is a hand-over to
     * its AF, who accepts or returns it (issue 7 capability 5), never a silent move.
     */
    static PolicyDecision municipalityChangeWithinOwnAf(TenantContext caller, String municipalityCode) {
        return municipalityCode == null || caller.servesMunicipality(municipalityCode) ? allowed()
                : rejectedField("municipality-change-within-own-af", "municipalityCode",
                        "is not a municipality you serve as AF; moving a signal to another AF's municipality "
                                + "is a hand-over, not a reclassification");
    }
}
