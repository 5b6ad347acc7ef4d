package nl.mensenhandel.triage.cases;

import static nl.mensenhandel.platform.policy.PolicyDecision.allowed;
import static nl.mensenhandel.platform.policy.PolicyDecision.rejected;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;

/**
 * The lifecycle of a casus as one explicit table (issue 8 §9; DOMAIN.md §3: put on the table's agenda, weighed,
 * tracks running and monitored, closed with a reason). Every change of a casus' status goes through
 * {@link #step}; anything not in the table answers 409 {@code illegal-transition}.
 *
 * <pre>
 * from          to
 * AANGEMELD     IN_WEGING, SPOREN_LOPEN, AFGESLOTEN, AANGEMELD (sent on to the next table of the steps)
 * IN_WEGING     AANGEMELD (next table), SPOREN_LOPEN, AFGESLOTEN
 * SPOREN_LOPEN  SPOREN_LOPEN (a later decision opens more tracks), AFGESLOTEN (the last open track ended)
 * AFGESLOTEN    —
 * </pre>
 */
public final class CasusTransitions {

    public static final String RULE = "casus-lifecycle";

    private static final Map<CasusStatus, Set<CasusStatus>> ALLOWED = new EnumMap<>(CasusStatus.class);

    static {
        ALLOWED.put(CasusStatus.AANGEMELD, EnumSet.of(CasusStatus.IN_WEGING, CasusStatus.SPOREN_LOPEN,
                CasusStatus.AFGESLOTEN, CasusStatus.AANGEMELD));
        ALLOWED.put(CasusStatus.IN_WEGING, EnumSet.of(CasusStatus.AANGEMELD, CasusStatus.SPOREN_LOPEN,
                CasusStatus.AFGESLOTEN));
        ALLOWED.put(CasusStatus.SPOREN_LOPEN, EnumSet.of(CasusStatus.SPOREN_LOPEN, CasusStatus.AFGESLOTEN));
        ALLOWED.put(CasusStatus.AFGESLOTEN, EnumSet.noneOf(CasusStatus.class));
    }

    private CasusTransitions() {
    }

    /** The statuses a casus in {@code from} may go to. */
    public static Set<CasusStatus> allowedFrom(CasusStatus from) {
        return Set.copyOf(ALLOWED.get(from));
    }

    /** Rule {@value #RULE}: the step is in the table, else 409 {@code illegal-transition}. */
    public static PolicyDecision step(CasusStatus from, CasusStatus to) {
        return ALLOWED.get(from).contains(to) ? allowed()
                : rejected(RULE, ProblemType.ILLEGAL_TRANSITION,
                        "A casus " + from + " cannot become " + to + " (allowed: " + allowedFrom(from) + ")");
    }
}
