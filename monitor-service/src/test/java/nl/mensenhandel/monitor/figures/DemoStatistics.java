package nl.mensenhandel.monitor.figures;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.mensenhandel.monitor.sources.GatheredStatistics;
import nl.mensenhandel.monitor.sources.MedianDuration;
import nl.mensenhandel.monitor.sources.SourceResult;
import nl.mensenhandel.monitor.sources.StatisticsCount;

/**
 * What the services answer for Zaanstreek-Waterland on the demo data ({@code deploy/local/demo-data/signals.txt}):
 * five signals received in 2026 Q4 — four in Zaanstad (ARBEID from a professional and anonymously, SEKSUEEL from a
 * chain partner, ONBEKEND through MMA) and one in Wormerland (CRIMINEEL, a professional) — plus a few cases and one
 * median, as the statistics operations report them (zero cells left out).
 */
final class DemoStatistics {

    static final String REGION = "zaanstreek-waterland";
    static final Instant AS_OF = Instant.parse("2026-11-23T12:00:00Z");

    private DemoStatistics() {
    }

    static List<StatisticsCount> signals() {
        List<StatisticsCount> cells = new ArrayList<>();
        for (String measure : List.of("SIGNALS_RAW", "SIGNALS_UNIQUE")) {
            cells.add(signal(measure, "GM0479", "ARBEID", "PROFESSIONAL"));
            cells.add(signal(measure, "GM0479", "ARBEID", "ANONIEM"));
            cells.add(signal(measure, "GM0479", "SEKSUEEL", "KETENPARTNER"));
            cells.add(signal(measure, "GM0479", "ONBEKEND", "MMA"));
            cells.add(signal(measure, "GM0880", "CRIMINEEL", "PROFESSIONAL"));
        }
        cells.add(new StatisticsCount("POSSIBLE_VICTIMS", Map.of("year", "2026", "form", "ARBEID", "ageGroup", "30-49",
                "gender", "MAN", "nationalityGroup", "EU"), 2));
        cells.add(new StatisticsCount("POSSIBLE_VICTIMS", Map.of("year", "2026", "form", "SEKSUEEL", "ageGroup",
                "18-22", "gender", "VROUW", "nationalityGroup", "NL"), 1));
        return cells;
    }

    static StatisticsCount signal(String measure, String municipality, String form, String source) {
        return new StatisticsCount(measure, Map.of("year", "2026", "quarter", "4", "municipalityCode", municipality,
                "form", form, "source", source), 1);
    }

    static GatheredStatistics gathered(boolean enforcementUp) {
        SourceResult signals = new SourceResult("signal-service", true, AS_OF, null, signals(),
                List.of(new MedianDuration("SIGNAL_TO_FIRST_DECISION", Map.of("year", "2026"), 2, 9.5)),
                Map.of("SIGNALS_RAW", "elk ontvangen signaal, dubbele meldingen meegeteld"));
        SourceResult triage = new SourceResult("triage-service", true, AS_OF, null, List.of(
                new StatisticsCount("CASES", Map.of("year", "2026", "quarter", "4", "municipalityCode", "GM0479",
                        "result", "NONE"), 2)), List.of(), Map.of());
        SourceResult care = new SourceResult("care-coordination-service", true, AS_OF, null, List.of(), List.of(),
                Map.of());
        SourceResult enforcement = enforcementUp
                ? new SourceResult("enforcement-service", true, AS_OF, null, List.of(), List.of(), Map.of())
                : SourceResult.unavailable("enforcement-service", "no answer in time");
        return new GatheredStatistics(REGION, List.of(signals, triage, care, enforcement));
    }
}
