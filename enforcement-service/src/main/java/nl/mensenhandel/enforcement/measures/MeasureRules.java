package nl.mensenhandel.enforcement.measures;

import java.util.List;
import java.util.function.Function;

import nl.mensenhandel.platform.policy.PolicyDecision;

/**
 * The legal limits of a measure, each its own rule, in the order they are checked (contract {@code proposeMeasure}):
 * the first that rejects names itself in the 422.
 */
public final class MeasureRules {

    static final List<Function<Proposal, PolicyDecision>> RULES = List.of(
            InstrumentInForce::check,
            CompetentAuthorityOfInstrument::check,
            VerblijfsontzeggingMax12Weeks::check,
            DwangsomNeedsBegunstigingstermijnAndAmounts::check,
            HuisvestingswetFineNeedsDesignation::check,
            Woningwet17NeedsRepeatedBreachAndThreat::check,
            Woningwet13bAfterClosure::check);

    private MeasureRules() {
    }

    public static PolicyDecision check(Proposal proposal) {
        for (Function<Proposal, PolicyDecision> rule : RULES) {
            PolicyDecision decision = rule.apply(proposal);
            if (!decision.isAllowed()) {
                return decision;
            }
        }
        return PolicyDecision.allowed();
    }
}
