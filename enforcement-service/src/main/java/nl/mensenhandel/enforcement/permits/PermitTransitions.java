package nl.mensenhandel.enforcement.permits;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;

/**
 * The lifecycle of a permit application as one table: IN_BEHANDELING → VERLEEND | VERLEEND_MET_VOORSCHRIFTEN |
 * GEWEIGERD; a decision is final here (a new application starts anew). Anything else: 409 {@code illegal-transition}.
 */
public final class PermitTransitions {

    public static final String RULE = "permit-lifecycle";

    private static final Map<PermitStatus, Set<PermitStatus>> ALLOWED = new EnumMap<>(PermitStatus.class);

    static {
        ALLOWED.put(PermitStatus.IN_BEHANDELING, EnumSet.of(PermitStatus.VERLEEND,
                PermitStatus.VERLEEND_MET_VOORSCHRIFTEN, PermitStatus.GEWEIGERD));
        ALLOWED.put(PermitStatus.VERLEEND, EnumSet.noneOf(PermitStatus.class));
        ALLOWED.put(PermitStatus.VERLEEND_MET_VOORSCHRIFTEN, EnumSet.noneOf(PermitStatus.class));
        ALLOWED.put(PermitStatus.GEWEIGERD, EnumSet.noneOf(PermitStatus.class));
    }

    private PermitTransitions() {
    }

    public static PolicyDecision step(PermitStatus from, PermitStatus to) {
        return ALLOWED.get(from).contains(to) ? PolicyDecision.allowed()
                : PolicyDecision.rejected(RULE, ProblemType.ILLEGAL_TRANSITION,
                        "An application " + from + " cannot become " + to);
    }

    /** Whether the Bibob screening may still change (only while the application is open). */
    public static PolicyDecision screeningMayChange(PermitStatus status) {
        return status == PermitStatus.IN_BEHANDELING ? PolicyDecision.allowed()
                : PolicyDecision.rejected(RULE, ProblemType.ILLEGAL_TRANSITION,
                        "The application was decided; its Bibob screening is closed");
    }
}
