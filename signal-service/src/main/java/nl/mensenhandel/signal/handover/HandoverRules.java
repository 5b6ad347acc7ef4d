package nl.mensenhandel.signal.handover;

import static nl.mensenhandel.platform.policy.PolicyDecision.allowed;
import static nl.mensenhandel.platform.policy.PolicyDecision.rejected;
import static nl.mensenhandel.platform.policy.PolicyDecision.rejectedField;

import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.tenancy.TenantContext;
import nl.mensenhandel.signal.signal.Handover;
import nl.mensenhandel.signal.signal.Signal;
import nl.mensenhandel.signal.signal.SignalStatus;

/** The rules of handing a signal over (issue 7 §5), one named rule each. */
final class HandoverRules {

    private HandoverRules() {
    }

    /** Rule: a signal is handed over while its route is open — not once it reached a result. */
    static PolicyDecision handoverOfOpenSignal(Signal signal) {
        return signal.status() == SignalStatus.DOORGELEID || signal.status() == SignalStatus.AFGESLOTEN
                ? rejected("handover-of-open-signal", ProblemType.ILLEGAL_TRANSITION,
                        "A signal with a result (" + signal.status() + ") is not handed over; reopen it first")
                : allowed();
    }

    /** Rule: a hand-over goes to another municipality than the signal's own. */
    static PolicyDecision handoverToAnotherMunicipality(Signal signal, String toMunicipalityCode) {
        return toMunicipalityCode.equals(signal.municipalityCode())
                ? rejectedField("handover-to-another-municipality", "toMunicipalityCode",
                        "is the signal's own exploitation municipality")
                : allowed();
    }

    /**
     * Rule: a municipality this platform does not serve cannot accept; the signal is forwarded outside the
     * platform instead, and the AF says to whom.
     */
    static PolicyDecision outsideNeedsForwardedTo(boolean served, String forwardedTo) {
        return !served && (forwardedTo == null || forwardedTo.isBlank())
                ? rejectedField("forwarded-outside-names-recipient", "forwardedTo",
                        "is required: the municipality is not served by this platform, so say to whom it was sent")
                : allowed();
    }

    /** Rule: only the steps of the {@link HandoverTable}. */
    static PolicyDecision stepInTable(Handover handover, HandoverTable.Decision decision) {
        return HandoverTable.step(handover.status(), decision).isPresent() ? allowed()
                : rejected("handover-step-in-table", ProblemType.ILLEGAL_TRANSITION,
                        "A hand-over in state " + handover.status() + " cannot be decided (" + decision + ")");
    }

    /**
     * Rule: the receiving AF accepts or returns; the handing-over AF (of the exploitation municipality)
     * cancels.
     */
    static PolicyDecision decidedByItsParty(TenantContext caller, Handover handover, HandoverTable.Decision decision) {
        boolean party = decision.party() == HandoverTable.Party.RECEIVING
                ? caller.servesMunicipality(handover.toMunicipalityCode())
                : caller.servesMunicipality(handover.fromMunicipalityCode());
        return party ? allowed()
                : rejected("handover-decided-by-its-party", ProblemType.FORBIDDEN,
                        decision.party() == HandoverTable.Party.RECEIVING
                                ? "Only the aandachtsfunctionaris of the receiving municipality accepts or returns a hand-over"
                                : "Only the aandachtsfunctionaris who handed the signal over cancels the hand-over");
    }
}
