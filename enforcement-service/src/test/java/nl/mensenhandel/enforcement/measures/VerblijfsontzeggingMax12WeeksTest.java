package nl.mensenhandel.enforcement.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.mensenhandel.enforcement.instruments.CompetentAuthority;
import nl.mensenhandel.enforcement.instruments.MunicipalPolicy;
import nl.mensenhandel.platform.policy.PolicyDecision;

class VerblijfsontzeggingMax12WeeksTest {

    Proposal base = Proposals.of(Proposals.instrument("VERBLIJFSONTZEGGING", CompetentAuthority.BURGEMEESTER, 12));

    PolicyDecision weeks(Integer weeks) {
        return VerblijfsontzeggingMax12Weeks.check(Proposals.with(base, weeks, Set.of(), null, false,
                MunicipalPolicy.MODEL, List.of()));
    }

    @Test
    void twelveWeeksIsAllowedThirteenAndNoneAreNot() {
        assertThat(weeks(12).isAllowed()).isTrue();
        assertThat(weeks(13)).isInstanceOfSatisfying(PolicyDecision.Rejected.class,
                r -> assertThat(r.rule()).isEqualTo("verblijfsontzegging-max-12-weeks"));
        assertThat(weeks(null).isAllowed()).isFalse();
    }

    @Test
    void anInstrumentWithoutMaximumNeedsNoDuration() {
        assertThat(VerblijfsontzeggingMax12Weeks.check(Proposals.of(Proposals.instrument("GEBIEDSVERBOD",
                CompetentAuthority.BURGEMEESTER, null))).isAllowed()).isTrue();
    }
}
