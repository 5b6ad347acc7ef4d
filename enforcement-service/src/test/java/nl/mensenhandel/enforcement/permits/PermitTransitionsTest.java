package nl.mensenhandel.enforcement.permits;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;

class PermitTransitionsTest {

    @Test
    void onlyAnOpenApplicationIsDecidedOnce() {
        for (PermitStatus from : PermitStatus.values()) {
            for (PermitStatus to : PermitStatus.values()) {
                PolicyDecision decision = PermitTransitions.step(from, to);
                boolean expected = from == PermitStatus.IN_BEHANDELING && to != PermitStatus.IN_BEHANDELING;
                assertThat(decision.isAllowed()).as(from + " -> " + to).isEqualTo(expected);
                if (!expected) {
                    assertThat(((PolicyDecision.Rejected) decision).type()).isEqualTo(ProblemType.ILLEGAL_TRANSITION);
                }
            }
            assertThat(PermitTransitions.screeningMayChange(from).isAllowed())
                    .isEqualTo(from == PermitStatus.IN_BEHANDELING);
        }
    }
}
