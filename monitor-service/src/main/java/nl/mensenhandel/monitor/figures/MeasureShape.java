package nl.mensenhandel.monitor.figures;

import java.util.List;

/**
 * How a service's measure is cut into a cube: by year and quarter or by year only, by area when the service counts
 * per municipality, and by the categorical dimensions the tables use (contract descriptions of the statistics
 * operations; other dimensions are summed). {@code regionOnly}: categories broken down for the region only (signals
 * by source are not published per municipality); {@code oneAtATime}: categories of which at most one is broken down
 * in a cell (the profile of possible victims: by age group, by gender or by nationality group, never combined — a
 * combination of coarse categories comes close to a person). Fewer published combinations also mean fewer cells
 * hidden to protect them.
 */
public record MeasureShape(String source, String measure, boolean quarters, boolean area, List<String> categories,
        List<String> regionOnly, List<String> oneAtATime) {

    MeasureShape(String source, String measure, boolean quarters, boolean area, List<String> categories) {
        this(source, measure, quarters, area, categories, List.of(), List.of());
    }

    public static final String SIGNALS = "signal-service";
    public static final String TRIAGE = "triage-service";
    public static final String CARE = "care-coordination-service";
    public static final String ENFORCEMENT = "enforcement-service";

    /** Every measure the monitor publishes, per source service. */
    public static final List<MeasureShape> ALL = List.of(
            new MeasureShape(SIGNALS, "SIGNALS_RAW", true, true, List.of("form", "source"), List.of("source"),
                    List.of()),
            new MeasureShape(SIGNALS, "SIGNALS_UNIQUE", true, true, List.of("form"), List.of(), List.of()),
            new MeasureShape(SIGNALS, "REPEAT_VICTIMISATION", true, true, List.of("form")),
            new MeasureShape(SIGNALS, "POSSIBLE_VICTIMS", false, false,
                    List.of("form", "ageGroup", "gender", "nationalityGroup"), List.of(),
                    List.of("ageGroup", "gender", "nationalityGroup")),
            new MeasureShape(TRIAGE, "CASES", true, true, List.of("result")),
            new MeasureShape(TRIAGE, "TRACKS", false, false, List.of("trackType")),
            new MeasureShape(CARE, "TRAJECTORIES", false, true, List.of("status")),
            new MeasureShape(CARE, "PLACEMENTS", false, false, List.of("placementType")),
            new MeasureShape(ENFORCEMENT, "INSPECTIONS", true, true, List.of("inspectionType")),
            new MeasureShape(ENFORCEMENT, "MEASURES", false, false, List.of("instrument")));

    public static MeasureShape of(String measure) {
        return ALL.stream().filter(s -> s.measure().equals(measure)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown measure " + measure));
    }
}
