package nl.mensenhandel.enforcement.measures;

import nl.mensenhandel.enforcement.instruments.InstrumentMark;
import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;

/**
 * Rule {@value #RULE}: the follow-up of Woningwet art. 13b (Wet Victor: appoint a user or take the building into
 * management) comes only after a closure of the same premises under Gemeentewet 174a or Opiumwet 13b (instruments
 * marked {@code SLUITING_174A_13B}). Source: draft regional framework bijlage 5 ("... een gebruiker voor het pand
 * aan te wijzen of het gebouw in beheer te geven (artikel 13b van de Woningwet)", after a closure); DOMAIN.md §6.
 */
public final class Woningwet13bAfterClosure {

    public static final String RULE = "woningwet-13b-after-closure";

    private Woningwet13bAfterClosure() {
    }

    public static PolicyDecision check(Proposal proposal) {
        if (!proposal.marked(InstrumentMark.WONINGWET_13B)) {
            return PolicyDecision.allowed();
        }
        return proposal.earlier().stream()
                .anyMatch(earlier -> earlier.marks().contains(InstrumentMark.SLUITING_174A_13B))
                        ? PolicyDecision.allowed()
                        : PolicyDecision.rejected(RULE, ProblemType.UNPROCESSABLE, "Woningwet 13b needs an earlier"
                                + " closure of the same premises under Gemeentewet 174a or Opiumwet 13b");
    }
}
