package nl.mensenhandel.enforcement.measures;

import nl.mensenhandel.enforcement.instruments.InstrumentMark;
import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;

/**
 * Rule {@value #RULE}: the burgemeester closes a dwelling under Woningwet art. 17 only after a <b>repeated</b> breach
 * of art. 1a or 1b — an earlier decided measure at the same premises for such a breach (instruments marked
 * {@code WONINGWET_1A_1B}) — and when the breach threatens liveability, health or safety (DOMAIN.md §6 "closure of a
 * dwelling | Woningwet 17 | repeated breach of art. 1a/1b plus threat to liveability, health or safety"; draft
 * regional framework bijlage 5).
 */
public final class Woningwet17NeedsRepeatedBreachAndThreat {

    public static final String RULE = "woningwet-17-needs-repeated-breach-and-threat";

    private Woningwet17NeedsRepeatedBreachAndThreat() {
    }

    public static PolicyDecision check(Proposal proposal) {
        if (!proposal.marked(InstrumentMark.WONINGWET_17)) {
            return PolicyDecision.allowed();
        }
        boolean repeated = proposal.earlier().stream()
                .anyMatch(earlier -> earlier.marks().contains(InstrumentMark.WONINGWET_1A_1B));
        if (!repeated) {
            return PolicyDecision.rejected(RULE, ProblemType.UNPROCESSABLE, "Closure under Woningwet 17 needs an"
                    + " earlier measure for a breach of Woningwet 1a/1b at the same premises");
        }
        if (proposal.threats().isEmpty()) {
            return PolicyDecision.rejected(RULE, ProblemType.UNPROCESSABLE, "Closure under Woningwet 17 needs a"
                    + " threat to LEEFBAARHEID, GEZONDHEID or VEILIGHEID");
        }
        return PolicyDecision.allowed();
    }
}
