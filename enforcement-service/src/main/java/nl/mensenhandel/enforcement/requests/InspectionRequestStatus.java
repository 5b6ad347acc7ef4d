package nl.mensenhandel.enforcement.requests;

/** Where an inspection request stands; planning the inspection itself is a later issue. */
public enum InspectionRequestStatus {
    /** Received from the table, not yet planned. */
    ONTVANGEN
}
