package nl.mensenhandel.signal.statistics;

import nl.mensenhandel.platform.statistics.StatisticsTable;
import reactor.core.publisher.Mono;

/** The monitor's counts of a region's signals (contract getSignalStatistics). */
public interface SignalStatistics {

    /** The region's counts as of the latest snapshot; computed once now when there is none yet. */
    Mono<StatisticsTable> current(String region);
}
