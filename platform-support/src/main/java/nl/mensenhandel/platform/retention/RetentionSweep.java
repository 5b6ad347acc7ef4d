package nl.mensenhandel.platform.retention;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.mensenhandel.platform.scheduling.PeriodicJob;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs every {@link RetentionRule} on a schedule ({@code platform.retention.interval}), per region with
 * that region's period. A scheduled job rather than TTL indexes, which the embedded store lacks
 * (ARCHITECTURE.md). Every instance of a service may run it: the rules are idempotent. It logs counts per
 * record type and region only, never content.
 */
public class RetentionSweep extends PeriodicJob {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionSweep.class);

    /** What one rule did in one region (region null for region-less records). */
    public record Result(String recordType, String region, long count) {
    }

    private final List<RetentionRule> rules;
    private final RetentionPeriods periods;
    private final Supplier<SortedSet<String>> regions;
    private final Clock clock;

    public RetentionSweep(List<RetentionRule> rules, RetentionPeriods periods, Supplier<SortedSet<String>> regions,
            RetentionProperties properties, Clock clock) {
        super(new Schedule(properties.isEnabled() && !rules.isEmpty(), properties.getInitialDelay(),
                properties.getInterval()));
        this.rules = List.copyOf(rules);
        this.periods = periods;
        this.regions = regions;
        this.clock = clock;
        periods.requireConfigured(this.rules);
    }

    /** One sweep over every rule and region; rules run one after the other so a sweep stays light. */
    public Mono<List<Result>> sweepOnce() {
        Instant now = clock.instant();
        List<Mono<Result>> steps = new ArrayList<>();
        for (RetentionRule rule : rules) {
            List<String> scopes = new ArrayList<>();
            if (rule.perRegion()) {
                scopes.addAll(regions.get());
            } else {
                scopes.add(null);
            }
            for (String region : scopes) {
                steps.add(Mono.defer(() -> rule.apply(region, now.minus(periods.periodOf(rule.recordType(), region)), now))
                        .map(count -> new Result(rule.recordType(), region, count))
                        .doOnNext(RetentionSweep::log));
            }
        }
        return Flux.concat(steps).collectList();
    }

    private static void log(Result result) {
        if (result.count() > 0) {
            LOG.atInfo().addKeyValue("retention.recordType", result.recordType())
                    .addKeyValue("retention.region", result.region()).addKeyValue("retention.count", result.count())
                    .log("Retention applied");
        }
    }

    @Override
    protected Mono<List<Result>> runOnce() {
        return sweepOnce();
    }
}
