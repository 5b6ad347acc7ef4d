package nl.mensenhandel.monitor.figures;

import java.util.List;

/**
 * How a service's measure is cut into a cube: by year and quarter or by year only, by area when the service counts
 * per municipality, and by its categorical dimensions (contract descriptions of the statistics operations).
 */
public record MeasureShape(String source, String measure, boolean quarters, boolean area, List<String> categories) {

    public static final String SIGNALS = "signal-service";
    public static final String TRIAGE = "triage-service";
    public static final String CARE = "care-coordination-service";
    public static final String ENFORCEMENT = "enforcement-service";

    /** Every measure the monitor publishes, per source service. */
    public static final List<MeasureShape> ALL = List.of(
            new MeasureShape(SIGNALS, "SIGNALS_RAW", true, true, List.of("form", "source")),
            new MeasureShape(SIGNALS, "SIGNALS_UNIQUE", true, true, List.of("form", "source")),
            new MeasureShape(SIGNALS, "REPEAT_VICTIMISATION", true, true, List.of("form", "source")),
            new MeasureShape(SIGNALS, "POSSIBLE_VICTIMS", false, false,
                    List.of("form", "ageGroup", "gender", "nationalityGroup")),
            new MeasureShape(TRIAGE, "CASES", true, true, List.of("result")),
            new MeasureShape(TRIAGE, "TRACKS", false, false, List.of("trackType")),
            new MeasureShape(CARE, "TRAJECTORIES", false, true, List.of("status")),
            new MeasureShape(CARE, "PLACEMENTS", false, false, List.of("placementType", "status")),
            new MeasureShape(ENFORCEMENT, "INSPECTIONS", true, true, List.of("inspectionType")),
            new MeasureShape(ENFORCEMENT, "MEASURES", false, false, List.of("instrument", "status")));

    public static MeasureShape of(String measure) {
        return ALL.stream().filter(s -> s.measure().equals(measure)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown measure " + measure));
    }
}
