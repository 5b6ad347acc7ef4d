package nl.mensenhandel.enforcement.inspections;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.mensenhandel.enforcement.requests.InspectionRequest;
import nl.mensenhandel.enforcement.requests.InspectionRequestStatus;
import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;

class InspectionOriginRuleTest {

    static final String ZAANSTAD = "GM0479";
    static final InspectionRequest REQUEST = new InspectionRequest("r1", "zaanstreek-waterland", "c1", "C-1", "t1",
            List.of(ZAANSTAD), "reason", LocalDate.of(2026, 4, 1), false, InspectionRequestStatus.values()[0],
            Instant.EPOCH, "cmd", "triage-service");

    @Test
    void tafelNamesARequestCoveringTheMunicipality() {
        assertThat(InspectionOriginRule.decide(InspectionOrigin.TAFEL, "r1", REQUEST, ZAANSTAD).isAllowed()).isTrue();
        assertThat(InspectionOriginRule.decide(InspectionOrigin.AD_HOC, null, null, ZAANSTAD).isAllowed()).isTrue();
    }

    @Test
    void tafelWithoutRequestOrOtherOriginWithOneIsAValidationError() {
        assertThat(InspectionOriginRule.decide(InspectionOrigin.TAFEL, null, null, ZAANSTAD))
                .isInstanceOfSatisfying(PolicyDecision.Rejected.class, r -> {
                    assertThat(r.type()).isEqualTo(ProblemType.VALIDATION);
                    assertThat(r.field()).isEqualTo("inspectionRequestId");
                });
        assertThat(InspectionOriginRule.decide(InspectionOrigin.TEAMPLANNING, "r1", REQUEST, ZAANSTAD))
                .isInstanceOfSatisfying(PolicyDecision.Rejected.class,
                        r -> assertThat(r.type()).isEqualTo(ProblemType.VALIDATION));
    }

    @Test
    void aRequestNotFoundInTheRegionOrForAnotherMunicipalityBreaksTheRule() {
        assertThat(InspectionOriginRule.decide(InspectionOrigin.TAFEL, "r1", null, ZAANSTAD))
                .isInstanceOfSatisfying(PolicyDecision.Rejected.class,
                        r -> assertThat(r.type()).isEqualTo(ProblemType.UNPROCESSABLE));
        assertThat(InspectionOriginRule.decide(InspectionOrigin.TAFEL, "r1", REQUEST, "GM0439").isAllowed()).isFalse();
    }
}
