package nl.mensenhandel.platform.idempotency;

/** The resource a command produced, and whether this call created it or replayed an earlier one. */
public record IdempotentOutcome<T>(T resource, boolean created) {
}
