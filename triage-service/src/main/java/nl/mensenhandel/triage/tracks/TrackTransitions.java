package nl.mensenhandel.triage.tracks;

import static nl.mensenhandel.platform.policy.PolicyDecision.allowed;
import static nl.mensenhandel.platform.policy.PolicyDecision.rejected;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.triage.cases.Track.TrackStatus;

/**
 * The lifecycle of a track (spoor) as one explicit table (issue 8 §9; the table "bewaakt de voortgang" of every
 * track until it ends). Anything not in the table answers 409 {@code illegal-transition}.
 *
 * <pre>
 * from      to
 * GEOPEND   LOPEND, AFGEROND, GESTOPT
 * LOPEND    AFGEROND, GESTOPT
 * AFGEROND  —
 * GESTOPT   —
 * </pre>
 */
public final class TrackTransitions {

    public static final String RULE = "track-lifecycle";

    private static final Map<TrackStatus, Set<TrackStatus>> ALLOWED = new EnumMap<>(TrackStatus.class);

    static {
        ALLOWED.put(TrackStatus.GEOPEND, EnumSet.of(TrackStatus.LOPEND, TrackStatus.AFGEROND, TrackStatus.GESTOPT));
        ALLOWED.put(TrackStatus.LOPEND, EnumSet.of(TrackStatus.AFGEROND, TrackStatus.GESTOPT));
        ALLOWED.put(TrackStatus.AFGEROND, EnumSet.noneOf(TrackStatus.class));
        ALLOWED.put(TrackStatus.GESTOPT, EnumSet.noneOf(TrackStatus.class));
    }

    private TrackTransitions() {
    }

    public static Set<TrackStatus> allowedFrom(TrackStatus from) {
        return Set.copyOf(ALLOWED.get(from));
    }

    /** Rule {@value #RULE}: the step is in the table, else 409 {@code illegal-transition}. */
    public static PolicyDecision step(TrackStatus from, TrackStatus to) {
        return ALLOWED.get(from).contains(to) ? allowed()
                : rejected(RULE, ProblemType.ILLEGAL_TRANSITION,
                        "A track " + from + " cannot become " + to + " (allowed: " + allowedFrom(from) + ")");
    }
}
