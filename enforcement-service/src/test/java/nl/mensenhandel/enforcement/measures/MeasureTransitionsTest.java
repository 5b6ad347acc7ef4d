package nl.mensenhandel.enforcement.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.policy.PolicyDecision;

class MeasureTransitionsTest {

    static final Map<MeasureStatus, Set<MeasureStatus>> CONTRACT = Map.of(
            MeasureStatus.VOORNEMEN, Set.of(MeasureStatus.ZIENSWIJZE, MeasureStatus.BESLUIT, MeasureStatus.BEEINDIGD),
            MeasureStatus.ZIENSWIJZE, Set.of(MeasureStatus.BESLUIT, MeasureStatus.BEEINDIGD),
            MeasureStatus.BESLUIT, Set.of(MeasureStatus.UITVOERING, MeasureStatus.BEEINDIGD),
            MeasureStatus.UITVOERING, Set.of(MeasureStatus.BEEINDIGD),
            MeasureStatus.BEEINDIGD, Set.of());

    @Test
    void everyPairIsAllowedExactlyWhenTheContractSaysSo() {
        for (MeasureStatus from : MeasureStatus.values()) {
            for (MeasureStatus to : MeasureStatus.values()) {
                PolicyDecision decision = MeasureTransitions.step(from, to);
                assertThat(decision.isAllowed()).as(from + " -> " + to).isEqualTo(CONTRACT.get(from).contains(to));
                if (!decision.isAllowed()) {
                    assertThat(((PolicyDecision.Rejected) decision).type()).isEqualTo(ProblemType.ILLEGAL_TRANSITION);
                }
            }
        }
    }

    @Test
    void spoedeisendStartsInUitvoering() {
        assertThat(MeasureTransitions.initial(true)).isEqualTo(MeasureStatus.UITVOERING);
        assertThat(MeasureTransitions.initial(false)).isEqualTo(MeasureStatus.VOORNEMEN);
    }
}
