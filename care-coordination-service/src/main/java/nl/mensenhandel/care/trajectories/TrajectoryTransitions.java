package nl.mensenhandel.care.trajectories;

import static nl.mensenhandel.platform.policy.PolicyDecision.allowed;
import static nl.mensenhandel.platform.policy.PolicyDecision.rejected;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;

/**
 * The lifecycle of a zorgtraject as one explicit table (DOMAIN.md §5: the zorgcoördinator monitors trajectories;
 * care goes on as aftercare towards a stable life structure, to prevent repeat victimisation — and a victim may
 * come back). Every change of status goes through {@link #step}; anything not in the table answers 409
 * {@code illegal-transition}.
 *
 * <pre>
 * from        to
 * AANGEMELD   ACTIEF, AFGESLOTEN
 * ACTIEF      NAZORG, AFGESLOTEN
 * NAZORG      ACTIEF, AFGESLOTEN
 * AFGESLOTEN  ACTIEF (reopened)
 * </pre>
 * Closing and reopening need a reason (rule {@value #REASON_RULE}).
 */
public final class TrajectoryTransitions {

    public static final String RULE = "trajectory-lifecycle";
    public static final String REASON_RULE = "reason-required";

    private static final Map<TrajectoryStatus, Set<TrajectoryStatus>> ALLOWED = new EnumMap<>(TrajectoryStatus.class);

    static {
        ALLOWED.put(TrajectoryStatus.AANGEMELD, EnumSet.of(TrajectoryStatus.ACTIEF, TrajectoryStatus.AFGESLOTEN));
        ALLOWED.put(TrajectoryStatus.ACTIEF, EnumSet.of(TrajectoryStatus.NAZORG, TrajectoryStatus.AFGESLOTEN));
        ALLOWED.put(TrajectoryStatus.NAZORG, EnumSet.of(TrajectoryStatus.ACTIEF, TrajectoryStatus.AFGESLOTEN));
        ALLOWED.put(TrajectoryStatus.AFGESLOTEN, EnumSet.of(TrajectoryStatus.ACTIEF));
    }

    private TrajectoryTransitions() {
    }

    /** The statuses a trajectory in {@code from} may go to. */
    public static Set<TrajectoryStatus> allowedFrom(TrajectoryStatus from) {
        return Set.copyOf(ALLOWED.get(from));
    }

    /** Rule {@value #RULE}: the step is in the table, else 409 {@code illegal-transition}. */
    public static PolicyDecision step(TrajectoryStatus from, TrajectoryStatus to) {
        return ALLOWED.get(from).contains(to) ? allowed()
                : rejected(RULE, ProblemType.ILLEGAL_TRANSITION,
                        "A trajectory " + from + " cannot become " + to + " (allowed: " + allowedFrom(from) + ")");
    }

    /**
     * Rule {@value #REASON_RULE}: closing a trajectory, and reopening a closed one, is explained (the next
     * zorgcoördinator and the CoMensha report need to know why), else 422.
     */
    public static PolicyDecision reason(TrajectoryStatus from, TrajectoryStatus to, String reason) {
        boolean needsReason = to == TrajectoryStatus.AFGESLOTEN || from == TrajectoryStatus.AFGESLOTEN;
        if (!needsReason || (reason != null && !reason.isBlank())) {
            return allowed();
        }
        return new PolicyDecision.Rejected(REASON_RULE, ProblemType.UNPROCESSABLE,
                "A reason is required to close or reopen a trajectory", "reason");
    }

    /** Rule {@value #RULE}: a closed trajectory is not changed; reopen it first (409 {@code illegal-transition}). */
    public static PolicyDecision changeable(TrajectoryStatus status) {
        return status != TrajectoryStatus.AFGESLOTEN ? allowed()
                : rejected(RULE, ProblemType.ILLEGAL_TRANSITION,
                        "A closed trajectory is not changed; reopen it first (status ACTIEF with a reason)");
    }
}
