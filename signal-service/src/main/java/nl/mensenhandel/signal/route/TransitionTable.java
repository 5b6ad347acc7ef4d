package nl.mensenhandel.signal.route;

import static nl.mensenhandel.signal.signal.SignalStatus.AFGESLOTEN;
import static nl.mensenhandel.signal.signal.SignalStatus.DOORGELEID;
import static nl.mensenhandel.signal.signal.SignalStatus.IN_VERRIJKING;
import static nl.mensenhandel.signal.signal.SignalStatus.ONTVANGEN;
import static nl.mensenhandel.signal.signal.SignalStatus.TER_WEGING;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import nl.mensenhandel.signal.signal.SignalStatus;


/** The lifecycle of a signal on the interne meldroute: the one table of allowed transitions. */
public final class TransitionTable {

    private static final Map<SignalStatus, Set<SignalStatus>> ALLOWED = Map.of(
            // TER_WEGING straight away is the urgent path: SPOED only, with the acute action taken (RouteRules)
            ONTVANGEN, EnumSet.of(IN_VERRIJKING, AFGESLOTEN, TER_WEGING),
            IN_VERRIJKING, EnumSet.of(TER_WEGING, AFGESLOTEN),
            // weighing may ask for more information before a result
            TER_WEGING, EnumSet.of(DOORGELEID, AFGESLOTEN, IN_VERRIJKING),
            // reopening a result, always with a reason
            DOORGELEID, EnumSet.of(IN_VERRIJKING),
            AFGESLOTEN, EnumSet.of(IN_VERRIJKING));

    private TransitionTable() {
    }

    public static boolean allows(SignalStatus from, SignalStatus to) {
        return ALLOWED.getOrDefault(from, Set.of()).contains(to);
    }

    public static Set<SignalStatus> from(SignalStatus status) {
        return ALLOWED.getOrDefault(status, Set.of());
    }

    /**
     * The urgent path (snel acteren, DOMAIN.md §3): from intake straight to the table, skipping enrichment —
     * the acute intervention has already happened, monodisciplinary, and the table weighs what follows.
     */
    public static boolean isUrgentPath(SignalStatus from, SignalStatus to) {
        return from == ONTVANGEN && to == TER_WEGING;
    }

    /** A result: the route has an outcome the reporter gets feedback on. */
    public static boolean isResult(SignalStatus status) {
        return status == DOORGELEID || status == AFGESLOTEN;
    }
}
