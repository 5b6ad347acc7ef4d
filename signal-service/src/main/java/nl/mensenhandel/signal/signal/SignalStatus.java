package nl.mensenhandel.signal.signal;

/** Where a signal is in the interne meldroute. The transition table comes with the full lifecycle. */
public enum SignalStatus {
    ONTVANGEN, IN_VERRIJKING, TER_WEGING, DOORGELEID, AFGESLOTEN
}
