package nl.mensenhandel.enforcement.measures;

import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;

/**
 * Rule {@value #RULE}: a bezwaar or beroep does not suspend a decision (Awb 6:16: "Bezwaar of beroep schorst niet de
 * werking van het besluit waartegen het is gericht"); only a voorlopige voorziening granted by the court (Awb 8:81)
 * does — then the measure is not carried out (DOMAIN.md §9 "Objection does not suspend").
 */
public final class SuspendedByVoorlopigeVoorziening {

    public static final String RULE = "suspended-by-voorlopige-voorziening";

    private SuspendedByVoorlopigeVoorziening() {
    }

    public static PolicyDecision check(Measure measure, MeasureStatus to) {
        return to == MeasureStatus.UITVOERING && measure.executionSuspended()
                ? PolicyDecision.rejected(RULE, ProblemType.UNPROCESSABLE,
                        "A granted voorlopige voorziening suspends the execution of this measure")
                : PolicyDecision.allowed();
    }
}
