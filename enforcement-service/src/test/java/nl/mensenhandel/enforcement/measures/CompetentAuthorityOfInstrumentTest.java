package nl.mensenhandel.enforcement.measures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.mensenhandel.enforcement.instruments.CompetentAuthority;
import nl.mensenhandel.platform.policy.PolicyDecision;

class CompetentAuthorityOfInstrumentTest {

    @Test
    void theInstrumentsAuthorityIsAllowedAnotherIsNot() {
        Proposal p = Proposals.of(Proposals.instrument("SLUITING_174A", CompetentAuthority.BURGEMEESTER, null));
        assertThat(CompetentAuthorityOfInstrument.check(p).isAllowed()).isTrue();
        Proposal college = new Proposal(p.instrument(), p.inForce(), CompetentAuthority.COLLEGE, p.proposedOn(), false,
                null, null, null, p.municipality(), null);
        assertThat(CompetentAuthorityOfInstrument.check(college)).isInstanceOfSatisfying(PolicyDecision.Rejected.class,
                r -> assertThat(r.rule()).isEqualTo("competent-authority-of-instrument"));
    }
}
