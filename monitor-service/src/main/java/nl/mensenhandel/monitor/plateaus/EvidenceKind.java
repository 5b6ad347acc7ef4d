package nl.mensenhandel.monitor.plateaus;

/**
 * What the platform can show beside a criterion: a figure of one service's statistics for the municipality and year
 * (the service's statistics contract: measure and the dimension naming the municipality).
 */
public enum EvidenceKind {
    /** signal-service {@code SIGNALS_UNIQUE} by exploitation municipality: active signalling. */
    SIGNALEN("signal-service", "SIGNALS_UNIQUE"),
    /** care-coordination-service {@code TRAJECTORIES} by responsible municipality: care coordination at work. */
    ZORGTRAJECTEN("care-coordination-service", "TRAJECTORIES"),
    /** enforcement-service {@code INSPECTIONS} by municipality: administrative enforcement. */
    CONTROLES("enforcement-service", "INSPECTIONS");

    private final String service;
    private final String measure;

    EvidenceKind(String service, String measure) {
        this.service = service;
        this.measure = measure;
    }

    public String service() {
        return service;
    }

    public String measure() {
        return measure;
    }
}
