package nl.mensenhandel.care.costs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.tenancy.MunicipalityRegistry;

/** One test per rule of the cost settings, named after the rule. */
class CostAllocationRulesTest {

    static final CostAllocationRules RULES = new CostAllocationRules(MunicipalityRegistry.load());

    @Test
    void populationsOfRegion_allowsEachMunicipalityOfTheRegionExactlyOnce() {
        assertThat(RULES.populationsOfRegion("ijsselland", ijsselland()).isAllowed()).isTrue();
    }

    @Test
    void populationsOfRegion_rejectsAMissingATwiceCountedOrAForeignMunicipality() {
        List<Population> missing = new ArrayList<>(ijsselland());
        missing.removeIf(p -> p.municipalityCode().equals("GM0193"));
        List<Population> twice = new ArrayList<>(ijsselland());
        twice.add(new Population("GM0148", 1));
        List<Population> foreign = new ArrayList<>(ijsselland());
        foreign.add(new Population("GM0479", 160_000)); // Zaanstad: zaanstreek-waterland

        assertRejected(RULES.populationsOfRegion("ijsselland", missing), "populations-of-region", "GM0193");
        assertRejected(RULES.populationsOfRegion("ijsselland", twice), "populations-of-region", "GM0148");
        assertRejected(RULES.populationsOfRegion("ijsselland", foreign), "populations-of-region", "GM0479");
        assertRejected(RULES.populationsOfRegion("ijsselland", List.of()), "populations-of-region", "GM0150");
    }

    @Test
    void centrumgemeenteOfRegion_allowsOneOfTheRegionsMunicipalitiesOnly() {
        assertThat(RULES.centrumgemeenteOfRegion("ijsselland", "GM0193").isAllowed()).isTrue();
        assertRejected(RULES.centrumgemeenteOfRegion("ijsselland", "GM0479"), "centrumgemeente-of-region", "");
        assertRejected(RULES.centrumgemeenteOfRegion("ijsselland", null), "centrumgemeente-of-region", "");
    }

    static List<Population> ijsselland() {
        return List.of(new Population("GM0148", 28901), new Population("GM0150", 101236),
                new Population("GM0160", 61357), new Population("GM0166", 54474), new Population("GM1773", 18361),
                new Population("GM0175", 18295), new Population("GM0177", 37911), new Population("GM0180", 17261),
                new Population("GM1708", 44341), new Population("GM1896", 22823), new Population("GM0193", 129840));
    }

    private static void assertRejected(PolicyDecision decision, String rule, String mentioned) {
        assertThat(decision).isInstanceOfSatisfying(PolicyDecision.Rejected.class, rejected -> {
            assertThat(rejected.rule()).isEqualTo(rule);
            assertThat(rejected.type()).isEqualTo(ProblemType.UNPROCESSABLE);
            assertThat(rejected.detail()).contains(mentioned);
        });
    }
}
