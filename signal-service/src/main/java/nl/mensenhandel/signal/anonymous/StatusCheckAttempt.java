package nl.mensenhandel.signal.anonymous;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Wrong secrets for one case code from one client address within a window. The id is a SHA-256 of case
 * code and address, so neither is stored readably; records are removed by retention once their window
 * has passed.
 */
@Document("status_check_attempts")
record StatusCheckAttempt(@Id String id, int failures, Instant windowStartedAt) {
}
