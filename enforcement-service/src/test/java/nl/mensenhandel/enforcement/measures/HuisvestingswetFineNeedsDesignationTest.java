package nl.mensenhandel.enforcement.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.mensenhandel.enforcement.instruments.CompetentAuthority;
import nl.mensenhandel.enforcement.instruments.InstrumentMark;
import nl.mensenhandel.platform.policy.PolicyDecision;

class HuisvestingswetFineNeedsDesignationTest {

    Proposal base = Proposals.of(Proposals.instrument("HUISVESTINGSWET_BOETE", CompetentAuthority.COLLEGE, null,
            InstrumentMark.HUISVESTINGSWET_BOETE));

    @Test
    void allowedOnlyWhereTheByLawDesignatesTheFine() {
        assertThat(HuisvestingswetFineNeedsDesignation.check(Proposals.with(base, null, Set.of(), null, false,
                Proposals.designates(true), List.of())).isAllowed()).isTrue();
        assertThat(HuisvestingswetFineNeedsDesignation.check(Proposals.with(base, null, Set.of(), null, false,
                Proposals.designates(false), List.of()))).isInstanceOfSatisfying(PolicyDecision.Rejected.class,
                        r -> assertThat(r.rule()).isEqualTo("huisvestingswet-fine-needs-designation"));
    }
}
