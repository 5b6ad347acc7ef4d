package nl.mensenhandel.care.placements;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.scheduling.PeriodicJob;
import reactor.core.publisher.Mono;

/**
 * The placements' clock, every {@code care.jobs.interval} (default one minute): reservations past their hold expire
 * ({@link ReservationExpiry}) and noodbed alerts fall due ({@link NoodbedAlerts}). Both write conditionally on the
 * placement's version, so several instances may run it at once.
 */
@Component
public class PlacementJobs extends PeriodicJob {

    private static final Logger LOG = LoggerFactory.getLogger(PlacementJobs.class);

    /** What one run did. */
    public record Run(long expired, long alerted) {
    }

    private final ReservationExpiry expiry;
    private final NoodbedAlerts alerts;

    PlacementJobs(ReservationExpiry expiry, NoodbedAlerts alerts, @Value("${care.jobs.enabled:true}") boolean enabled,
            @Value("${care.jobs.interval:PT1M}") Duration interval,
            @Value("${care.jobs.initial-delay:PT30S}") Duration initialDelay) {
        super(new Schedule(enabled, initialDelay, interval));
        this.expiry = expiry;
        this.alerts = alerts;
    }

    /** One run over every region's placements. */
    public Mono<Run> runNow() {
        return Mono.zip(expiry.expireDue(), Mono.defer(alerts::raiseDue), Run::new)
                .doOnNext(run -> {
                    if (run.expired() + run.alerted() > 0) {
                        LOG.atInfo().addKeyValue("placements.expired", run.expired())
                                .addKeyValue("placements.noodbedAlerts", run.alerted()).log("Placement jobs ran");
                    }
                });
    }

    @Override
    protected Mono<Run> runOnce() {
        return runNow();
    }
}
