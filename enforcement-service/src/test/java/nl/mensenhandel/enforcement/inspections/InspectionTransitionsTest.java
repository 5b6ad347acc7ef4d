package nl.mensenhandel.enforcement.inspections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.problem.ProblemType;

class InspectionTransitionsTest {

    @Test
    void movesForwardOneStepAtATimeOrStays() {
        assertThat(InspectionTransitions.allowed(InspectionStatus.GEPLAND, InspectionStatus.UITGEVOERD)).isTrue();
        assertThat(InspectionTransitions.allowed(InspectionStatus.UITGEVOERD, InspectionStatus.AFGEROND)).isTrue();
        assertThat(InspectionTransitions.allowed(InspectionStatus.UITGEVOERD, InspectionStatus.UITGEVOERD)).isTrue();
    }

    @Test
    void skippingOrGoingBackIsAnIllegalTransition() {
        assertThat(InspectionTransitions.allowed(InspectionStatus.GEPLAND, InspectionStatus.AFGEROND)).isFalse();
        assertThat(InspectionTransitions.allowed(InspectionStatus.AFGEROND, InspectionStatus.UITGEVOERD)).isFalse();
        assertThat(InspectionTransitions.allowed(InspectionStatus.UITGEVOERD, InspectionStatus.GEPLAND)).isFalse();
        assertThatThrownBy(() -> InspectionTransitions.require(InspectionStatus.AFGEROND, InspectionStatus.GEPLAND))
                .isInstanceOfSatisfying(ApiProblem.class,
                        p -> assertThat(p.type()).isEqualTo(ProblemType.ILLEGAL_TRANSITION));
    }
}
