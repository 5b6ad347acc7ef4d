package nl.mensenhandel.signal.signal;

/** The states of a hand-over; the allowed steps are in {@code handover.HandoverTable}. */
public enum HandoverStatus {
    PENDING, ACCEPTED, RETURNED, CANCELLED, FORWARDED_OUTSIDE
}
