package nl.mensenhandel.care.costs;

import static nl.mensenhandel.platform.policy.PolicyDecision.allowed;
import static nl.mensenhandel.platform.policy.PolicyDecision.rejected;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.tenancy.Municipality;
import nl.mensenhandel.platform.tenancy.MunicipalityRegistry;

/** The business rules of a region's cost settings, each answered as 422 naming the rule. */
final class CostAllocationRules {

    static final String POPULATIONS_OF_REGION = "populations-of-region";
    static final String CENTRUMGEMEENTE_OF_REGION = "centrumgemeente-of-region";

    private final MunicipalityRegistry registry;

    CostAllocationRules(MunicipalityRegistry registry) {
        this.registry = registry;
    }

    /**
     * Rule {@value #POPULATIONS_OF_REGION}: a population key names every municipality of the region exactly once
     * and no other — the regional agreement is paid by all its municipalities together (DOMAIN.md §5; the IJsselland
     * source {@code 002_...txt} §4.4 divides over all 11), and a municipality counted twice or left out would shift
     * everyone's share.
     */
    PolicyDecision populationsOfRegion(String region, List<Population> populations) {
        Set<String> expected = codes(region);
        Set<String> seen = new HashSet<>();
        Set<String> twice = new TreeSet<>();
        Set<String> foreign = new TreeSet<>();
        for (Population p : populations) {
            if (!seen.add(p.municipalityCode())) {
                twice.add(p.municipalityCode());
            }
            if (!expected.contains(p.municipalityCode())) {
                foreign.add(p.municipalityCode());
            }
        }
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(seen);
        if (twice.isEmpty() && foreign.isEmpty() && missing.isEmpty()) {
            return allowed();
        }
        return rejected(POPULATIONS_OF_REGION, ProblemType.UNPROCESSABLE,
                "The populations must name each municipality of region " + region + " exactly once"
                        + (missing.isEmpty() ? "" : "; missing: " + String.join(", ", missing))
                        + (twice.isEmpty() ? "" : "; more than once: " + String.join(", ", twice))
                        + (foreign.isEmpty() ? "" : "; not of the region: " + String.join(", ", foreign)));
    }

    /**
     * Rule {@value #CENTRUMGEMEENTE_OF_REGION}: with {@code CENTRUMGEMEENTE} one municipality of the region pays for
     * all (issue 9 §8, the centrumgemeente construction of the Wmo 2015 regions) — it must be named and be one of the
     * region's own.
     */
    PolicyDecision centrumgemeenteOfRegion(String region, String centrumgemeenteCode) {
        return centrumgemeenteCode != null && registry.belongsToRegion(centrumgemeenteCode, region)
                ? allowed()
                : rejected(CENTRUMGEMEENTE_OF_REGION, ProblemType.UNPROCESSABLE,
                        "Method CENTRUMGEMEENTE needs centrumgemeenteCode, one of the municipalities of region "
                                + region);
    }

    private Set<String> codes(String region) {
        return registry.inRegion(region).stream().map(Municipality::code).collect(Collectors.toSet());
    }
}
