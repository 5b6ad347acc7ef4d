package nl.mensenhandel.triage.statistics;

import static nl.mensenhandel.platform.statistics.StatisticsTally.quarter;
import static nl.mensenhandel.platform.statistics.StatisticsTally.year;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.mensenhandel.platform.statistics.StatisticsTable;
import nl.mensenhandel.platform.statistics.StatisticsTally;
import nl.mensenhandel.triage.cases.Track.TrackType;
import nl.mensenhandel.triage.decisions.CaseOutcomes;

/**
 * The monitor's counts of a region's casussen (contract getTriageStatistics): casussen by year and quarter opened,
 * lead municipality and the result of their latest decision; tracks by year opened and type; the median days from
 * opening a casus to its first decision. Small data: counted per request from a projection of the counted fields.
 */
public final class TriageCounter {

    public static final String CASES = "CASES";
    public static final String TRACKS = "TRACKS";
    public static final String TO_FIRST_DECISION = "CASE_TO_FIRST_DECISION";
    /** The result of a casus not decided yet. */
    public static final String NONE = "NONE";
    /** The result of a decision that sent the casus on to the next table (no tracks yet). */
    public static final String NEXT_STEP = "NEXT_STEP";
    static final String UNKNOWN = "ONBEKEND";

    public static final List<StatisticsTable.Definition> DEFINITIONS = List.of(
            new StatisticsTable.Definition(CASES, "Casussen opened (one casus may weigh several signals together), by"
                    + " year and quarter of opening, lead municipality and the result of the latest decision:"
                    + " DOORGELEID (tracks opened), AFGESLOTEN (not confirmed, or only another department or regular"
                    + " help), NEXT_STEP (sent on to the next table) or NONE while undecided.",
                    List.of("year", "quarter", "municipalityCode", "result")),
            new StatisticsTable.Definition(TRACKS, "Tracks (sporen) opened by a decision, by year opened and track"
                    + " type; one casus can have several.", List.of("year", "trackType")),
            new StatisticsTable.Definition(TO_FIRST_DECISION, "Days from opening a casus to its first decision;"
                    + " median per year of opening, over decided casussen only.", List.of("year")));

    /** What is counted of a casus. */
    public record CaseFacts(String municipalityCode, Instant openedAt, List<DecisionFacts> decisions,
            List<TrackFacts> tracks) {
    }

    /** A decision as counted: its id, when it was taken and whether it sent the casus on. */
    public record DecisionFacts(String id, Instant decidedAt, boolean nextStep) {
    }

    /** A track as counted: the decision that opened it, its type and when. */
    public record TrackFacts(String decisionId, String type, Instant openedAt) {
    }

    private TriageCounter() {
    }

    public static StatisticsTable count(String region, Instant asOf, Iterable<CaseFacts> cases) {
        StatisticsTally tally = new StatisticsTally();
        for (CaseFacts casus : cases) {
            String year = casus.openedAt() == null ? UNKNOWN : year(casus.openedAt());
            tally.count(CASES, Map.of("year", year,
                    "quarter", casus.openedAt() == null ? UNKNOWN : quarter(casus.openedAt()),
                    "municipalityCode", casus.municipalityCode() == null ? UNKNOWN : casus.municipalityCode(),
                    "result", result(casus)));
            for (TrackFacts track : casus.tracks()) {
                tally.count(TRACKS, Map.of("year", track.openedAt() == null ? UNKNOWN : year(track.openedAt()),
                        "trackType", track.type() == null ? UNKNOWN : track.type()));
            }
            casus.decisions().stream().map(DecisionFacts::decidedAt).filter(java.util.Objects::nonNull).min(
                    java.util.Comparator.naturalOrder()).ifPresent(first -> tally.observe(TO_FIRST_DECISION,
                            Map.of("year", year), casus.openedAt(), first));
        }
        return tally.table(region, asOf, DEFINITIONS);
    }

    /** The result of the latest decision (the last taken), as signal-service hears it; NONE while undecided. */
    static String result(CaseFacts casus) {
        if (casus.decisions().isEmpty()) {
            return NONE;
        }
        DecisionFacts latest = casus.decisions().getLast();
        if (latest.nextStep()) {
            return NEXT_STEP;
        }
        Set<TrackType> types = casus.tracks().stream().filter(t -> latest.id().equals(t.decisionId()))
                .map(TrackFacts::type).filter(java.util.Objects::nonNull).map(TrackType::valueOf)
                .collect(Collectors.toSet());
        return CaseOutcomes.ofTypes(types).result();
    }
}
