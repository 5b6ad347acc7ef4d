package nl.mensenhandel.enforcement.measures;

import nl.mensenhandel.enforcement.instruments.InstrumentMark;
import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;

/**
 * Rule {@value #RULE}: the college fines a breach of Huisvestingswet 2014 art. 8, 21 or 22 (art. 35) only where the
 * municipality's housing by-law (huisvestingsverordening) designates it (DOMAIN.md §6 "administrative fine housing |
 * only if the housing by-law designates it"; configured per municipality as {@code housing-by-law-designates-fine}).
 */
public final class HuisvestingswetFineNeedsDesignation {

    public static final String RULE = "huisvestingswet-fine-needs-designation";

    private HuisvestingswetFineNeedsDesignation() {
    }

    public static PolicyDecision check(Proposal proposal) {
        if (!proposal.marked(InstrumentMark.HUISVESTINGSWET_BOETE) || proposal.municipality().housingByLawDesignatesFine()) {
            return PolicyDecision.allowed();
        }
        return PolicyDecision.rejected(RULE, ProblemType.UNPROCESSABLE,
                "The municipality's housing by-law does not designate the Huisvestingswet fine");
    }
}
