package nl.mensenhandel.care.requests;

/** Where a care request stands; the coordination of the care itself is a later issue. */
public enum CareRequestStatus {
    /** Received from the table, not yet taken up. */
    ONTVANGEN
}
