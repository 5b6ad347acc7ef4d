package nl.mensenhandel.platform.scheduling;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A background job that runs every interval while the application runs (outbox dispatch, retention sweep, overdue
 * tracks, placement expiry, ...): started and stopped with the application context, one run at a time (a tick
 * while a run is still busy is dropped), and a failed run is logged by its error's class only — a driver's message
 * could quote a document — and retried at the next tick. A job may also run at once on a wake-up of its own
 * ({@link #wakeUps()}).
 */
public abstract class PeriodicJob implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(PeriodicJob.class);

    /**
     * When the job runs.
     *
     * @param enabled whether it runs at all (off in a deployment where another instance runs it, or with nothing
     *                to do)
     */
    public record Schedule(boolean enabled, Duration initialDelay, Duration interval) {
    }

    private final Schedule schedule;
    private volatile Disposable running;

    protected PeriodicJob(Schedule schedule) {
        this.schedule = schedule;
    }

    /** One run of the job. */
    protected abstract Mono<?> runOnce();

    /** Extra moments to run besides the interval (none by default). */
    protected Flux<?> wakeUps() {
        return Flux.empty();
    }

    /** The job's name in the log. */
    protected String name() {
        return getClass().getSimpleName();
    }

    @Override
    public void start() {
        if (!schedule.enabled()) {
            return;
        }
        running = Flux.merge(Flux.interval(schedule.initialDelay(), schedule.interval()), wakeUps())
                .onBackpressureDrop()
                .concatMap(tick -> runOnce().onErrorResume(error -> {
                    LOG.atWarn().addKeyValue("job", name()).addKeyValue("error", error.getClass().getName())
                            .log("Periodic job failed; retried next interval");
                    return Mono.empty();
                }), 1)
                .subscribe();
    }

    @Override
    public void stop() {
        Disposable current = running;
        if (current != null) {
            current.dispose();
        }
        running = null;
    }

    @Override
    public boolean isRunning() {
        Disposable current = running;
        return current != null && !current.isDisposed();
    }
}
