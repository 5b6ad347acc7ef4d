package nl.mensenhandel.signal.handover;

import static nl.mensenhandel.signal.signal.HandoverStatus.ACCEPTED;
import static nl.mensenhandel.signal.signal.HandoverStatus.CANCELLED;
import static nl.mensenhandel.signal.signal.HandoverStatus.PENDING;
import static nl.mensenhandel.signal.signal.HandoverStatus.RETURNED;

import java.util.Map;
import java.util.Optional;

import nl.mensenhandel.signal.signal.HandoverStatus;

/**
 * The lifecycle of a hand-over (issue 7 §5): the one table of its states and of who takes each step.
 * <pre>
 *   PENDING ──ACCEPT (receiving AF)──▶ ACCEPTED          the signal moves to the receiving municipality
 *   PENDING ──RETURN (receiving AF)──▶ RETURNED          the signal stays; the receiving AF no longer reads it
 *   PENDING ──CANCEL (handing-over AF)─▶ CANCELLED       idem
 *   FORWARDED_OUTSIDE                                    recorded at once (municipality not served): no step
 * </pre>
 * Every other step is refused. While a hand-over is PENDING the signal itself is not changed by either
 * side ({@code SignalAccessPolicy.mayWork}); only these steps are taken.
 */
public final class HandoverTable {

    /** A step on a pending hand-over, and who may take it. */
    public enum Decision {
        ACCEPT(ACCEPTED, Party.RECEIVING), RETURN(RETURNED, Party.RECEIVING), CANCEL(CANCELLED, Party.HANDING_OVER);

        private final HandoverStatus to;
        private final Party party;

        Decision(HandoverStatus to, Party party) {
            this.to = to;
            this.party = party;
        }

        public HandoverStatus to() {
            return to;
        }

        public Party party() {
            return party;
        }
    }

    /** The AF of the receiving municipality, or the AF of the exploitation municipality that hands over. */
    public enum Party {
        RECEIVING, HANDING_OVER
    }

    private static final Map<HandoverStatus, Map<Decision, HandoverStatus>> STEPS = Map.of(
            PENDING, Map.of(Decision.ACCEPT, ACCEPTED, Decision.RETURN, RETURNED, Decision.CANCEL, CANCELLED));

    private HandoverTable() {
    }

    /** Where {@code decision} takes a hand-over in state {@code from}; empty when the table has no such step. */
    public static Optional<HandoverStatus> step(HandoverStatus from, Decision decision) {
        return Optional.ofNullable(STEPS.getOrDefault(from, Map.of()).get(decision));
    }
}
