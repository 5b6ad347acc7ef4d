package nl.mensenhandel.enforcement.measures;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.scheduling.PeriodicJob;
import reactor.core.publisher.Mono;

/**
 * Rule {@value #RULE}: spoedeisende bestuursdwang must be put in writing as soon as possible afterwards (Woningwet
 * 1b lid 2/3; Awb 5:31 lid 2: "de beslissing ... wordt zo spoedig mogelijk op schrift gesteld"; DOMAIN.md §6) —
 * here within {@code enforcement.measures.spoed-written-within} (default three days). Every
 * {@code enforcement.measures.jobs.interval} a measure past its {@code writingDueOn} without a written decision is
 * flagged {@code writingOverdue} and the handhavers of its municipality are notified
 * ({@value MeasureNotifications#WRITING_OVERDUE}) in the same conditional update — once.
 */
@Component
public class WritingOverdueJob extends PeriodicJob {

    public static final String RULE = "spoedeisende-bestuursdwang-op-schrift";
    private static final Logger LOG = LoggerFactory.getLogger(WritingOverdueJob.class);
    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final Measures measures;
    private final MeasureStore store;
    private final MeasureNotifications notifications;
    private final Clock clock;

    WritingOverdueJob(Measures measures, MeasureStore store, MeasureNotifications notifications, Clock clock,
            @Value("${enforcement.measures.jobs.enabled:true}") boolean enabled,
            @Value("${enforcement.measures.jobs.interval:PT15M}") Duration interval,
            @Value("${enforcement.measures.jobs.initial-delay:PT1M}") Duration initialDelay) {
        super(new Schedule(enabled, initialDelay, interval));
        this.measures = measures;
        this.store = store;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Whether the measure's writing is overdue on {@code today}. */
    static boolean overdue(Measure measure, LocalDate today) {
        return measure.spoedeisend() && measure.writtenDecision() == null && !measure.writingOverdue()
                && measure.writingDueOn() != null && today.isAfter(measure.writingDueOn());
    }

    /** One run over every region; answers how many measures it flagged. */
    public Mono<Long> runNow() {
        LocalDate today = LocalDate.now(clock.withZone(NETHERLANDS));
        return measures.overdueCandidates(today)
                .filter(measure -> overdue(measure, today))
                .concatMap(measure -> store.apply(measure, new Update().set("writingOverdue", true),
                        List.of(notifications.writingOverdue(measure))))
                .count()
                .doOnNext(flagged -> {
                    if (flagged > 0) {
                        LOG.atInfo().addKeyValue("measures.writingOverdue", flagged)
                                .log("Spoedeisende bestuursdwang not put in writing in time");
                    }
                });
    }

    @Override
    protected Mono<Long> runOnce() {
        return runNow();
    }
}
