package nl.mensenhandel.enforcement.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.mensenhandel.enforcement.instruments.CompetentAuthority;
import nl.mensenhandel.enforcement.instruments.InstrumentMark;
import nl.mensenhandel.enforcement.instruments.MunicipalPolicy;
import nl.mensenhandel.platform.policy.PolicyDecision;

class DwangsomNeedsBegunstigingstermijnAndAmountsTest {

    Proposal base = Proposals.of(Proposals.instrument("OVERBEWONING_LAST", CompetentAuthority.COLLEGE, null,
            InstrumentMark.LAST_ONDER_DWANGSOM));

    PolicyDecision check(Measure.DwangsomTerms dwangsom, boolean spoed) {
        return DwangsomNeedsBegunstigingstermijnAndAmounts.check(Proposals.with(base, null, Set.of(), dwangsom, spoed,
                MunicipalPolicy.MODEL, List.of()));
    }

    @Test
    void aTermAmountAndMaximumAllow() {
        assertThat(check(new Measure.DwangsomTerms(14, 500, "PER_WEEK", 10000), false).isAllowed()).isTrue();
        assertThat(check(new Measure.DwangsomTerms(0, 500, "PER_DAG", 500), true).isAllowed()).isTrue();
    }

    @Test
    void missingZeroOrTooLowAmountsAndAZeroTermWithoutUrgencyReject() {
        for (PolicyDecision decision : List.of(check(null, false),
                check(new Measure.DwangsomTerms(14, 0, "PER_WEEK", 1000), false),
                check(new Measure.DwangsomTerms(14, 500, "PER_WEEK", 100), false),
                check(new Measure.DwangsomTerms(0, 500, "PER_WEEK", 1000), false))) {
            assertThat(decision).isInstanceOfSatisfying(PolicyDecision.Rejected.class,
                    r -> assertThat(r.rule()).isEqualTo("dwangsom-needs-begunstigingstermijn-and-amounts"));
        }
    }
}
