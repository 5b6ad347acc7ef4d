package nl.mensenhandel.enforcement.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.mensenhandel.enforcement.instruments.CompetentAuthority;
import nl.mensenhandel.enforcement.instruments.InstrumentMark;
import nl.mensenhandel.enforcement.instruments.MunicipalPolicy;
import nl.mensenhandel.platform.policy.PolicyDecision;

class Woningwet17NeedsRepeatedBreachAndThreatTest {

    Proposal base = Proposals.of(Proposals.instrument("SLUITING_WONINGWET_17", CompetentAuthority.BURGEMEESTER, null,
            InstrumentMark.WONINGWET_17));

    PolicyDecision check(Set<Threat> threats, List<Proposal.EarlierMeasure> earlier) {
        return Woningwet17NeedsRepeatedBreachAndThreat.check(Proposals.with(base, null, threats, null, false,
                MunicipalPolicy.MODEL, earlier));
    }

    @Test
    void anEarlierBreachOf1a1bAndAThreatAllow() {
        assertThat(check(Set.of(Threat.GEZONDHEID), List.of(Proposals.earlier(InstrumentMark.WONINGWET_1A_1B)))
                .isAllowed()).isTrue();
    }

    @Test
    void noEarlierBreachOrNoThreatOrAnEarlierMeasureOfAnotherKindReject() {
        for (PolicyDecision decision : List.of(check(Set.of(Threat.GEZONDHEID), List.of()),
                check(Set.of(), List.of(Proposals.earlier(InstrumentMark.WONINGWET_1A_1B))),
                check(Set.of(Threat.VEILIGHEID), List.of(Proposals.earlier(InstrumentMark.SLUITING_174A_13B))))) {
            assertThat(decision).isInstanceOfSatisfying(PolicyDecision.Rejected.class,
                    r -> assertThat(r.rule()).isEqualTo("woningwet-17-needs-repeated-breach-and-threat"));
        }
    }
}
