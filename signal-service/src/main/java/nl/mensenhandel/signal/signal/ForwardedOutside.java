package nl.mensenhandel.signal.signal;

import java.time.Instant;

/**
 * The signal concerns a municipality this platform does not serve, and went outside the platform
 * (issue 7 §5): to whom, when, by whom and why. Not personal data: {@code to} names an organisation.
 */
public record ForwardedOutside(String municipalityCode, String to, Instant at, String by, String reason) {
}
