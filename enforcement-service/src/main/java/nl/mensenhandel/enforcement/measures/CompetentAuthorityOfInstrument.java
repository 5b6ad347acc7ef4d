package nl.mensenhandel.enforcement.measures;

import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;

/**
 * Rule {@value #RULE}: the measure is taken by the authority the law gives the instrument (draft regional framework
 * bijlage 5, column "bevoegd": e.g. Gemeentewet 174a and APV 2:78 the burgemeester, Woningwet 1b and the
 * Huisvestingswet fine the college); a decision by another organ is unauthorised (Awb 10:1 ff., mandaat only within
 * the competence).
 */
public final class CompetentAuthorityOfInstrument {

    public static final String RULE = "competent-authority-of-instrument";

    private CompetentAuthorityOfInstrument() {
    }

    public static PolicyDecision check(Proposal proposal) {
        if (proposal.instrument() == null || proposal.instrument().competentAuthority() == proposal.competentAuthority()) {
            return PolicyDecision.allowed();
        }
        return PolicyDecision.rejected(RULE, ProblemType.UNPROCESSABLE, "Instrument " + proposal.instrument().code()
                + " is for the " + proposal.instrument().competentAuthority() + ", not the "
                + proposal.competentAuthority());
    }
}
