package nl.mensenhandel.monitor.sources;

import reactor.core.publisher.Mono;

/**
 * Gathers the statistics every service serves of its own data for one region (their {@code get…Statistics}
 * operations, called with monitor-service's service account). The monitor never reads another service's
 * database. A service that does not answer in time is reported as unavailable, never as zeros: the answer
 * always comes, partial where it must be (issue 11 §7).
 */
public interface StatisticsSources {

    Mono<GatheredStatistics> gather(String region);
}
