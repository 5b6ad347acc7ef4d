package nl.mensenhandel.enforcement.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.mensenhandel.enforcement.instruments.CompetentAuthority;
import nl.mensenhandel.enforcement.instruments.InstrumentMark;
import nl.mensenhandel.enforcement.instruments.MunicipalPolicy;
import nl.mensenhandel.platform.policy.PolicyDecision;

class Woningwet13bAfterClosureTest {

    Proposal base = Proposals.of(Proposals.instrument("WONINGWET_13B", CompetentAuthority.COLLEGE, null,
            InstrumentMark.WONINGWET_13B));

    PolicyDecision check(List<Proposal.EarlierMeasure> earlier) {
        return Woningwet13bAfterClosure.check(Proposals.with(base, null, Set.of(), null, false, MunicipalPolicy.MODEL,
                earlier));
    }

    @Test
    void afterA174aOr13bClosureAllowed() {
        assertThat(check(List.of(Proposals.earlier(InstrumentMark.SLUITING_174A_13B))).isAllowed()).isTrue();
    }

    @Test
    void withoutAnEarlierClosureRejected() {
        assertThat(check(List.of(Proposals.earlier(InstrumentMark.WONINGWET_1A_1B))))
                .isInstanceOfSatisfying(PolicyDecision.Rejected.class,
                        r -> assertThat(r.rule()).isEqualTo("woningwet-13b-after-closure"));
    }
}
