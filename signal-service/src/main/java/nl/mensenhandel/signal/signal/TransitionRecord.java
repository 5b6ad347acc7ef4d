package nl.mensenhandel.signal.signal;

import java.time.Instant;

/**
 * One step on the route: who moved the signal from where to where, when and why.
 *
 * @param acuteAction on the urgent path only: the acute action already taken and by whom (encrypted at rest,
 *                    {@link SignalEncryption})
 */
public record TransitionRecord(SignalStatus from, SignalStatus to, Instant at, String by, String reason,
        ClosingReason closingReason, String acuteAction) {
}
