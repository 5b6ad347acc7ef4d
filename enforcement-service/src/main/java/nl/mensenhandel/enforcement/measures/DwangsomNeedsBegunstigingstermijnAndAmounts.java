package nl.mensenhandel.enforcement.measures;

import nl.mensenhandel.enforcement.instruments.InstrumentMark;
import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;

/**
 * Rule {@value #RULE}: a last onder dwangsom states the amount per unit and a maximum (Awb 5:32b lid 1: "de
 * dwangsom wordt vastgesteld hetzij op een bedrag ineens, hetzij op een bedrag per tijdseenheid ... of per
 * overtreding. Het bestuursorgaan stelt tevens een bedrag vast waarboven geen dwangsom meer wordt verbeurd") and a
 * term to comply (begunstigingstermijn, Awb 5:32a lid 2), which may be 0 only when the matter is urgent
 * (spoedeisend).
 */
public final class DwangsomNeedsBegunstigingstermijnAndAmounts {

    public static final String RULE = "dwangsom-needs-begunstigingstermijn-and-amounts";

    private DwangsomNeedsBegunstigingstermijnAndAmounts() {
    }

    public static PolicyDecision check(Proposal proposal) {
        if (!proposal.marked(InstrumentMark.LAST_ONDER_DWANGSOM)) {
            return PolicyDecision.allowed();
        }
        Measure.DwangsomTerms dwangsom = proposal.dwangsom();
        if (dwangsom == null) {
            return reject("A last onder dwangsom needs its dwangsom: begunstigingstermijn, amount and maximum");
        }
        if (dwangsom.amountPerUnitEuro() <= 0) {
            return reject("The dwangsom's amount must be more than 0");
        }
        if (dwangsom.maximumEuro() < dwangsom.amountPerUnitEuro()) {
            return reject("The dwangsom's maximum must be at least its amount");
        }
        if (dwangsom.begunstigingstermijnDays() == 0 && !proposal.spoedeisend()) {
            return reject("A begunstigingstermijn of 0 days is only for spoedeisende gevallen");
        }
        return PolicyDecision.allowed();
    }

    private static PolicyDecision reject(String detail) {
        return PolicyDecision.rejected(RULE, ProblemType.UNPROCESSABLE, detail);
    }
}
