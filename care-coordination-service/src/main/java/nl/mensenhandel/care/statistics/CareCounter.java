package nl.mensenhandel.care.statistics;

import static nl.mensenhandel.platform.statistics.StatisticsTally.year;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import nl.mensenhandel.platform.statistics.StatisticsTable;
import nl.mensenhandel.platform.statistics.StatisticsTally;

/**
 * The monitor's counts of a region's care (contract getCareStatistics): zorgtrajecten by year opened, responsible
 * municipality and status; placements by year requested, type and status; the median days from the care request's
 * asked-at moment (a table's care request: when it arrived; a care question: when it was asked) to the first intake
 * (GEPLAATST) of its trajectory. Small data: counted per request.
 */
public final class CareCounter {

    public static final String TRAJECTORIES = "TRAJECTORIES";
    public static final String PLACEMENTS = "PLACEMENTS";
    public static final String TO_PLACEMENT = "REQUEST_TO_PLACEMENT";
    static final String UNKNOWN = "ONBEKEND";

    public static final List<StatisticsTable.Definition> DEFINITIONS = List.of(
            new StatisticsTable.Definition(TRAJECTORIES, "Zorgtrajecten opened (one per victim in care), by year"
                    + " opened, responsible municipality (BRP, else where found, or a reasoned other one) and current"
                    + " status.", List.of("year", "municipalityCode", "status")),
            new StatisticsTable.Definition(PLACEMENTS, "Placements asked for (opvang, noodbed, COSM, ...), by year"
                    + " requested, placement type and current status; a victim can have several.",
                    List.of("year", "placementType", "status")),
            new StatisticsTable.Definition(TO_PLACEMENT, "Days from the care request or question being asked to the"
                    + " first placement (GEPLAATST) of its trajectory; median per year asked, over placed"
                    + " trajectories with a request only.", List.of("year")));

    /** A trajectory as counted; {@code askedAt} of its care request or question, null when opened directly. */
    public record TrajectoryFacts(String id, Instant openedAt, String municipalityCode, String status,
            Instant askedAt) {
    }

    /** A placement as counted; {@code placedAt} the first time it became GEPLAATST, null if never. */
    public record PlacementFacts(String trajectoryId, Instant requestedAt, String placementType, String status,
            Instant placedAt) {
    }

    private CareCounter() {
    }

    public static StatisticsTable count(String region, Instant asOf, List<TrajectoryFacts> trajectories,
            List<PlacementFacts> placements) {
        StatisticsTally tally = new StatisticsTally();
        for (TrajectoryFacts trajectory : trajectories) {
            tally.count(TRAJECTORIES, Map.of("year", yearOf(trajectory.openedAt()),
                    "municipalityCode", orUnknown(trajectory.municipalityCode()),
                    "status", orUnknown(trajectory.status())));
            placements.stream().filter(p -> trajectory.id().equals(p.trajectoryId()))
                    .map(PlacementFacts::placedAt).filter(Objects::nonNull).min(Comparator.naturalOrder())
                    .ifPresent(placed -> {
                        if (trajectory.askedAt() != null) {
                            tally.observe(TO_PLACEMENT, Map.of("year", year(trajectory.askedAt())),
                                    trajectory.askedAt(), placed);
                        }
                    });
        }
        for (PlacementFacts placement : placements) {
            tally.count(PLACEMENTS, Map.of("year", yearOf(placement.requestedAt()),
                    "placementType", orUnknown(placement.placementType()), "status", orUnknown(placement.status())));
        }
        return tally.table(region, asOf, DEFINITIONS);
    }

    private static String yearOf(Instant moment) {
        return moment == null ? UNKNOWN : year(moment);
    }

    private static String orUnknown(String value) {
        return value == null ? UNKNOWN : value;
    }
}
