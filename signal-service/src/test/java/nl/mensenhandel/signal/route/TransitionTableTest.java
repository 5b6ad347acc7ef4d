package nl.mensenhandel.signal.route;

import static nl.mensenhandel.signal.signal.SignalStatus.AFGESLOTEN;
import static nl.mensenhandel.signal.signal.SignalStatus.DOORGELEID;
import static nl.mensenhandel.signal.signal.SignalStatus.IN_VERRIJKING;
import static nl.mensenhandel.signal.signal.SignalStatus.ONTVANGEN;
import static nl.mensenhandel.signal.signal.SignalStatus.TER_WEGING;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.signal.signal.ClosingReason;
import nl.mensenhandel.signal.signal.SignalStatus;
import nl.mensenhandel.signal.signal.Urgency;

/** The interne meldroute, read as a table: exactly these transitions, nothing else. */
class TransitionTableTest {

    @Test
    void theRouteAllowsExactlyTheseTransitions() {
        List<String> allowed = new ArrayList<>();
        for (SignalStatus from : SignalStatus.values()) {
            for (SignalStatus to : SignalStatus.values()) {
                if (TransitionTable.allows(from, to)) {
                    allowed.add(from + " -> " + to);
                }
            }
        }
        assertThat(allowed).containsExactlyInAnyOrder(
                "ONTVANGEN -> IN_VERRIJKING",
                "ONTVANGEN -> AFGESLOTEN",
                "ONTVANGEN -> TER_WEGING", // the urgent path, SPOED only (rule urgent-path-only-for-spoed)
                "IN_VERRIJKING -> TER_WEGING",
                "IN_VERRIJKING -> AFGESLOTEN",
                "TER_WEGING -> DOORGELEID",
                "TER_WEGING -> AFGESLOTEN",
                "TER_WEGING -> IN_VERRIJKING",
                "DOORGELEID -> IN_VERRIJKING",
                "AFGESLOTEN -> IN_VERRIJKING");
    }

    @Test
    void anIllegalTransitionIsRejectedAsAConflictNamingTheRule() {
        assertThat(RouteRules.transitionAllowed(ONTVANGEN, DOORGELEID))
                .isInstanceOfSatisfying(PolicyDecision.Rejected.class, r -> {
                    assertThat(r.rule()).isEqualTo("transition-in-table");
                    assertThat(r.type()).isEqualTo(ProblemType.ILLEGAL_TRANSITION);
                });
        assertThat(RouteRules.transitionAllowed(AFGESLOTEN, AFGESLOTEN).isAllowed()).isFalse();
        assertThat(RouteRules.transitionAllowed(AFGESLOTEN, IN_VERRIJKING).isAllowed()).isTrue();
    }

    @Test
    void closingNeedsAClosingReasonAndOnlyClosingHasOne() {
        assertThat(RouteRules.closingNeedsReason(AFGESLOTEN, null).isAllowed()).isFalse();
        assertThat(RouteRules.closingNeedsReason(AFGESLOTEN, ClosingReason.DUPLICAAT).isAllowed()).isTrue();
        assertThat(RouteRules.closingNeedsReason(TER_WEGING, ClosingReason.DUPLICAAT).isAllowed()).isFalse();
    }

    @Test
    void aResultComesWithFeedbackForTheReporter() {
        assertThat(RouteRules.resultNeedsFeedback(DOORGELEID, null).isAllowed()).isFalse();
        assertThat(RouteRules.resultNeedsFeedback(AFGESLOTEN, " ").isAllowed()).isFalse();
        assertThat(RouteRules.resultNeedsFeedback(AFGESLOTEN, "Bedankt, we hebben het opgepakt.").isAllowed())
                .isTrue();
        assertThat(RouteRules.resultNeedsFeedback(IN_VERRIJKING, null).isAllowed()).isTrue();
    }

    @Test
    void urgentPathOnlyForSpoed() {
        assertThat(RouteRules.urgentPathOnlyForSpoed(ONTVANGEN, TER_WEGING, Urgency.SPOED).isAllowed()).isTrue();
        for (Urgency other : List.of(Urgency.HOOG, Urgency.NORMAAL)) {
            assertThat(RouteRules.urgentPathOnlyForSpoed(ONTVANGEN, TER_WEGING, other))
                    .isInstanceOfSatisfying(PolicyDecision.Rejected.class, r -> {
                        assertThat(r.rule()).isEqualTo("urgent-path-only-for-spoed");
                        assertThat(r.type()).isEqualTo(ProblemType.ILLEGAL_TRANSITION);
                    });
        }
        // the usual way to the table stays open to every signal
        assertThat(RouteRules.urgentPathOnlyForSpoed(IN_VERRIJKING, TER_WEGING, Urgency.NORMAAL).isAllowed()).isTrue();
    }

    @Test
    void urgentPathRecordsAcuteAction() {
        assertThat(RouteRules.urgentPathRecordsAcuteAction(ONTVANGEN, TER_WEGING, null))
                .isInstanceOfSatisfying(PolicyDecision.Rejected.class, r -> {
                    assertThat(r.rule()).isEqualTo("urgent-path-records-acute-action");
                    assertThat(r.field()).isEqualTo("acuteAction");
                });
        assertThat(RouteRules.urgentPathRecordsAcuteAction(ONTVANGEN, TER_WEGING, " ").isAllowed()).isFalse();
        assertThat(RouteRules.urgentPathRecordsAcuteAction(ONTVANGEN, TER_WEGING, "Politie greep in").isAllowed())
                .isTrue();
        assertThat(RouteRules.urgentPathRecordsAcuteAction(IN_VERRIJKING, TER_WEGING, "Politie greep in"))
                .isInstanceOfSatisfying(PolicyDecision.Rejected.class,
                        r -> assertThat(r.rule()).isEqualTo("acute-action-only-on-urgent-path"));
        assertThat(RouteRules.urgentPathRecordsAcuteAction(IN_VERRIJKING, TER_WEGING, null).isAllowed()).isTrue();
    }

    @Test
    void aClosedSignalIsNotEnriched() {
        assertThat(RouteRules.enrichOpenSignal(AFGESLOTEN).isAllowed()).isFalse();
        assertThat(RouteRules.enrichOpenSignal(TER_WEGING).isAllowed()).isTrue();
    }
}
