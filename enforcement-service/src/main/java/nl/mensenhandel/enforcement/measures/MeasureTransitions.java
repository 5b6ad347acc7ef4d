package nl.mensenhandel.enforcement.measures;

import static nl.mensenhandel.platform.policy.PolicyDecision.allowed;
import static nl.mensenhandel.platform.policy.PolicyDecision.rejected;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;

/**
 * The Awb procedure of a measure as one table (contract {@code advanceMeasure}; Awb 4:8 zienswijze, 5:21 ff.
 * bestuursdwang). Spoedeisende bestuursdwang starts in UITVOERING (Awb 4:11, 5:31: no voornemen, no zienswijze);
 * every other measure in VOORNEMEN. Anything not in the table answers 409 {@code illegal-transition}.
 *
 * <pre>
 * from        to
 * VOORNEMEN   ZIENSWIJZE, BESLUIT, BEEINDIGD
 * ZIENSWIJZE  BESLUIT, BEEINDIGD
 * BESLUIT     UITVOERING, BEEINDIGD
 * UITVOERING  BEEINDIGD
 * BEEINDIGD   —
 * </pre>
 */
public final class MeasureTransitions {

    public static final String RULE = "measure-lifecycle";

    private static final Map<MeasureStatus, Set<MeasureStatus>> ALLOWED = new EnumMap<>(MeasureStatus.class);

    static {
        ALLOWED.put(MeasureStatus.VOORNEMEN,
                EnumSet.of(MeasureStatus.ZIENSWIJZE, MeasureStatus.BESLUIT, MeasureStatus.BEEINDIGD));
        ALLOWED.put(MeasureStatus.ZIENSWIJZE, EnumSet.of(MeasureStatus.BESLUIT, MeasureStatus.BEEINDIGD));
        ALLOWED.put(MeasureStatus.BESLUIT, EnumSet.of(MeasureStatus.UITVOERING, MeasureStatus.BEEINDIGD));
        ALLOWED.put(MeasureStatus.UITVOERING, EnumSet.of(MeasureStatus.BEEINDIGD));
        ALLOWED.put(MeasureStatus.BEEINDIGD, EnumSet.noneOf(MeasureStatus.class));
    }

    private MeasureTransitions() {
    }

    /** The status a new measure starts in. */
    public static MeasureStatus initial(boolean spoedeisend) {
        return spoedeisend ? MeasureStatus.UITVOERING : MeasureStatus.VOORNEMEN;
    }

    public static Set<MeasureStatus> allowedFrom(MeasureStatus from) {
        return Set.copyOf(ALLOWED.get(from));
    }

    /** Rule {@value #RULE}: the step is in the table, else 409 {@code illegal-transition}. */
    public static PolicyDecision step(MeasureStatus from, MeasureStatus to) {
        return ALLOWED.get(from).contains(to) ? allowed()
                : rejected(RULE, ProblemType.ILLEGAL_TRANSITION,
                        "A measure in " + from + " cannot go to " + to + " (allowed: " + allowedFrom(from) + ")");
    }
}
