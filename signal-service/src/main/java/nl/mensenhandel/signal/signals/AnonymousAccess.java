package nl.mensenhandel.signal.signals;

import java.time.Instant;

/**
 * How an anonymous reporter asks the status: a case code and a secret, of which only a salted PBKDF2
 * hash is stored. Wrong secrets are counted per window so guessing is throttled.
 */
public record AnonymousAccess(String caseCode, String secretHash, String salt, int failedAttempts,
        Instant windowStartedAt) {
}
