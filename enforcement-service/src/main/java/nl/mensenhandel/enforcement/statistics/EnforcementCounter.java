package nl.mensenhandel.enforcement.statistics;

import static nl.mensenhandel.platform.statistics.StatisticsTally.quarter;
import static nl.mensenhandel.platform.statistics.StatisticsTally.year;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import nl.mensenhandel.platform.statistics.StatisticsTable;
import nl.mensenhandel.platform.statistics.StatisticsTally;

/**
 * The monitor's counts of a region's enforcement (contract getEnforcementStatistics): integrated inspections carried
 * out by year, quarter, municipality and type; bestuurlijke maatregelen by year started, instrument and status;
 * findings with overbewoning by year and municipality. Small data: counted per request.
 */
public final class EnforcementCounter {

    public static final String INSPECTIONS = "INSPECTIONS";
    public static final String MEASURES = "MEASURES";
    public static final String OVERBEWONING = "OVERBEWONING_FINDINGS";
    static final String UNKNOWN = "ONBEKEND";

    public static final List<StatisticsTable.Definition> DEFINITIONS = List.of(
            new StatisticsTable.Definition(INSPECTIONS, "Integrated inspections (integrale controles) carried out"
                    + " (status UITGEVOERD or AFGEROND; planned ones are not counted), by year and quarter they"
                    + " started, municipality and type.", List.of("year", "quarter", "municipalityCode",
                            "inspectionType")),
            new StatisticsTable.Definition(MEASURES, "Bestuurlijke maatregelen (administrative measures), from the"
                    + " intention on, by year started, instrument and current status.",
                    List.of("year", "instrument", "status")),
            new StatisticsTable.Definition(OVERBEWONING, "Inspection findings that established overbewoning (more"
                    + " than one person per 12 m2 usable floor area), by year observed and municipality; one"
                    + " inspection can have several findings.", List.of("year", "municipalityCode")));

    /** An inspection as counted: carried out when it started, its municipality and type. */
    public record InspectionFacts(Instant startedAt, String municipalityCode, String inspectionType) {
    }

    /** A measure as counted. */
    public record MeasureFacts(Instant startedAt, String instrument, String status) {
    }

    /** A finding with overbewoning as counted. */
    public record OverbewoningFacts(Instant observedAt, String municipalityCode) {
    }

    private EnforcementCounter() {
    }

    public static StatisticsTable count(String region, Instant asOf, List<InspectionFacts> inspections,
            List<MeasureFacts> measures, List<OverbewoningFacts> overbewoning) {
        StatisticsTally tally = new StatisticsTally();
        inspections.forEach(i -> tally.count(INSPECTIONS, Map.of("year", yearOf(i.startedAt()),
                "quarter", i.startedAt() == null ? UNKNOWN : quarter(i.startedAt()),
                "municipalityCode", orUnknown(i.municipalityCode()), "inspectionType", orUnknown(i.inspectionType()))));
        measures.forEach(m -> tally.count(MEASURES, Map.of("year", yearOf(m.startedAt()),
                "instrument", orUnknown(m.instrument()), "status", orUnknown(m.status()))));
        overbewoning.forEach(f -> tally.count(OVERBEWONING, Map.of("year", yearOf(f.observedAt()),
                "municipalityCode", orUnknown(f.municipalityCode()))));
        return tally.table(region, asOf, DEFINITIONS);
    }

    private static String yearOf(Instant moment) {
        return moment == null ? UNKNOWN : year(moment);
    }

    private static String orUnknown(String value) {
        return value == null ? UNKNOWN : value;
    }
}
