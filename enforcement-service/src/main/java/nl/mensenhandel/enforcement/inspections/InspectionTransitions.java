package nl.mensenhandel.enforcement.inspections;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.problem.ProblemType;

/**
 * The lifecycle of an integrated inspection as ONE table: GEPLAND → UITGEVOERD → AFGEROND (a planned inspection
 * is carried out, then closed when its findings, signals and measures are recorded; DOMAIN.md §6). Staying in the
 * same status is an edit of other fields, not a transition. Anything else answers 409 {@code illegal-transition}.
 */
public final class InspectionTransitions {

    private static final Map<InspectionStatus, Set<InspectionStatus>> NEXT = Map.of(
            InspectionStatus.GEPLAND, EnumSet.of(InspectionStatus.UITGEVOERD),
            InspectionStatus.UITGEVOERD, EnumSet.of(InspectionStatus.AFGEROND),
            InspectionStatus.AFGEROND, EnumSet.noneOf(InspectionStatus.class));

    private InspectionTransitions() {
    }

    public static boolean allowed(InspectionStatus from, InspectionStatus to) {
        return from == to || NEXT.get(from).contains(to);
    }

    public static void require(InspectionStatus from, InspectionStatus to) {
        if (!allowed(from, to)) {
            throw new ApiProblem(ProblemType.ILLEGAL_TRANSITION,
                    "An inspection cannot move from " + from + " to " + to + " (lifecycle GEPLAND → UITGEVOERD → AFGEROND).");
        }
    }
}
