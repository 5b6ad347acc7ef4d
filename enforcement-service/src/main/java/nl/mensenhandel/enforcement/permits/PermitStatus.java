package nl.mensenhandel.enforcement.permits;

/** Where a permit application stands. */
public enum PermitStatus {
    IN_BEHANDELING, VERLEEND, VERLEEND_MET_VOORSCHRIFTEN, GEWEIGERD;

    public boolean granted() {
        return this == VERLEEND || this == VERLEEND_MET_VOORSCHRIFTEN;
    }
}
