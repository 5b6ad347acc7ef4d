package nl.mensenhandel.triage.cases;

import static nl.mensenhandel.triage.cases.CasusStatus.AANGEMELD;
import static nl.mensenhandel.triage.cases.CasusStatus.AFGESLOTEN;
import static nl.mensenhandel.triage.cases.CasusStatus.IN_WEGING;
import static nl.mensenhandel.triage.cases.CasusStatus.SPOREN_LOPEN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;

/** The casus lifecycle table (docs/triage.md "Lifecycles"), every pair of statuses. */
class CasusTransitionsTest {

    static final Map<CasusStatus, Set<CasusStatus>> TABLE = Map.of(
            AANGEMELD, Set.of(IN_WEGING, SPOREN_LOPEN, AFGESLOTEN, AANGEMELD),
            IN_WEGING, Set.of(AANGEMELD, SPOREN_LOPEN, AFGESLOTEN),
            SPOREN_LOPEN, Set.of(SPOREN_LOPEN, AFGESLOTEN),
            AFGESLOTEN, Set.of());

    @Test
    void everyStepInTheTableIsAllowedAndEveryOtherIsAnIllegalTransition() {
        for (CasusStatus from : CasusStatus.values()) {
            for (CasusStatus to : CasusStatus.values()) {
                PolicyDecision decision = CasusTransitions.step(from, to);
                if (TABLE.get(from).contains(to)) {
                    assertThat(decision.isAllowed()).as("%s -> %s", from, to).isTrue();
                } else {
                    assertThat(decision).as("%s -> %s", from, to).isInstanceOfSatisfying(PolicyDecision.Rejected.class,
                            rejected -> {
                                assertThat(rejected.rule()).isEqualTo("casus-lifecycle");
                                assertThat(rejected.type()).isEqualTo(ProblemType.ILLEGAL_TRANSITION);
                            });
                }
            }
        }
    }

    @Test
    void aClosedCasusGoesNowhere() {
        assertThat(CasusTransitions.allowedFrom(AFGESLOTEN)).isEmpty();
    }

    @Test
    void runningTracksNeverGoBackToTheAgenda() {
        assertThat(CasusTransitions.step(SPOREN_LOPEN, AANGEMELD).isAllowed()).isFalse();
        assertThat(CasusTransitions.step(SPOREN_LOPEN, IN_WEGING).isAllowed()).isFalse();
    }
}
