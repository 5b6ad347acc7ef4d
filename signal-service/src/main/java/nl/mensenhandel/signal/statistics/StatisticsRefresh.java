package nl.mensenhandel.signal.statistics;

import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.scheduling.PeriodicJob;
import nl.mensenhandel.platform.tenancy.Municipality;
import nl.mensenhandel.platform.tenancy.MunicipalityRegistry;
import reactor.core.publisher.Mono;

/**
 * Refreshes the monitor's snapshots of the regions whose signals changed ({@link StatisticsSnapshots}) every
 * {@code signal.statistics.refresh-interval} (default one minute; five seconds in the {@code local} profile so a
 * new signal shows soon). Off with {@code signal.statistics.enabled=false}.
 */
@Component
public class StatisticsRefresh extends PeriodicJob {

    private final StatisticsSnapshots snapshots;
    private final List<String> regions;

    public StatisticsRefresh(StatisticsSnapshots snapshots,
            @Value("${signal.statistics.enabled:true}") boolean enabled,
            @Value("${signal.statistics.refresh-interval:PT1M}") Duration interval,
            @Value("${signal.statistics.initial-delay:PT10S}") Duration initialDelay) {
        super(new Schedule(enabled, initialDelay, interval));
        this.snapshots = snapshots;
        this.regions = MunicipalityRegistry.load().all().stream().map(Municipality::region).distinct().sorted()
                .toList();
    }

    @Override
    protected Mono<?> runOnce() {
        return snapshots.refreshChanged(regions).then();
    }
}
