package nl.mensenhandel.signal.submission;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.signal.signal.Signal;
import nl.mensenhandel.signal.signal.SignalStatus;
import nl.mensenhandel.signal.signal.Urgency;

class SubmissionRulesTest {

    private static Signal signal(SignalStatus status, Urgency urgency) {
        return Signal.builder().id("s").region("zaanstreek-waterland").status(status).urgency(urgency).build();
    }

    private static String rule(PolicyDecision decision) {
        return decision instanceof PolicyDecision.Rejected rejected ? rejected.rule() : "allowed";
    }

    @Test
    void submissionFollowsTheRoute_anEnrichedSignalGoesToTheTable() {
        assertThat(rule(SubmissionRules.mayGoToTheTable(signal(SignalStatus.IN_VERRIJKING, Urgency.NORMAAL))))
                .isEqualTo("allowed");
    }

    @Test
    void submissionFollowsTheRoute_theUrgentPathIsNotASubmission() {
        // ONTVANGEN -> TER_WEGING is the urgent path: SPOED only and with the acute action, via transitionSignal
        assertThat(rule(SubmissionRules.mayGoToTheTable(signal(SignalStatus.ONTVANGEN, Urgency.SPOED))))
                .isEqualTo("submission-follows-the-route");
        assertThat(rule(SubmissionRules.mayGoToTheTable(signal(SignalStatus.ONTVANGEN, Urgency.NORMAAL))))
                .isEqualTo("submission-follows-the-route");
    }

    @Test
    void submissionFollowsTheRoute_aSignalTheUrgentPathPutBeforeTheTableGetsItsCasus() {
        assertThat(rule(SubmissionRules.mayGoToTheTable(signal(SignalStatus.TER_WEGING, Urgency.SPOED))))
                .isEqualTo("allowed");
    }

    @Test
    void submissionFollowsTheRoute_aResultIsNotSubmitted() {
        assertThat(rule(SubmissionRules.mayGoToTheTable(signal(SignalStatus.AFGESLOTEN, Urgency.NORMAAL))))
                .isEqualTo("submission-follows-the-route");
    }
}
