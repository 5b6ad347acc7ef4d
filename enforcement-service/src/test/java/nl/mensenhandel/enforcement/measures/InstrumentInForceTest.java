package nl.mensenhandel.enforcement.measures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.mensenhandel.enforcement.instruments.CompetentAuthority;
import nl.mensenhandel.platform.policy.PolicyDecision;

class InstrumentInForceTest {

    @Test
    void aVersionInForceAllowsNoneOrAnUnknownInstrumentRejects() {
        Proposal p = Proposals.of(Proposals.instrument("STRIJDIG_GEBRUIK", CompetentAuthority.COLLEGE, null));
        assertThat(InstrumentInForce.check(p).isAllowed()).isTrue();
        Proposal notInForce = new Proposal(p.instrument(), null, p.competentAuthority(), p.proposedOn(), false, null,
                null, null, p.municipality(), null);
        Proposal unknown = new Proposal(null, null, p.competentAuthority(), p.proposedOn(), false, null, null, null,
                p.municipality(), null);
        for (Proposal rejected : new Proposal[] {notInForce, unknown}) {
            assertThat(InstrumentInForce.check(rejected)).isInstanceOfSatisfying(PolicyDecision.Rejected.class,
                    r -> assertThat(r.rule()).isEqualTo("instrument-in-force"));
        }
    }
}
