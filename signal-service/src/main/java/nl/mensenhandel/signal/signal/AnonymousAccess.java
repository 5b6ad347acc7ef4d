package nl.mensenhandel.signal.signal;

/**
 * How an anonymous reporter asks the status: a case code and a secret, of which only a salted PBKDF2
 * hash is stored. Wrong secrets are counted per case code and client address, outside the signal
 * ({@code reporter.StatusCheckAttempts}).
 */
public record AnonymousAccess(String caseCode, String secretHash, String salt) {
}
