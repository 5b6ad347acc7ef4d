package nl.mensenhandel.platform.scheduling;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A background job that runs every interval while the application runs (retention sweep, overdue tracks, ...):
 * started and stopped with the application context, one run at a time (a tick while a run is still busy is
 * dropped), and a failed run is logged by its error's class only — a driver's message could quote a document —
 * and retried at the next tick.
 */
public abstract class PeriodicJob implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(PeriodicJob.class);

    private volatile Disposable schedule;

    /** One run of the job. */
    protected abstract Mono<?> runOnce();

    /** Whether the job runs at all (off in a deployment where another instance runs it, or with nothing to do). */
    protected abstract boolean enabled();

    protected abstract Duration initialDelay();

    protected abstract Duration interval();

    /** The job's name in the log. */
    protected String name() {
        return getClass().getSimpleName();
    }

    @Override
    public void start() {
        if (!enabled()) {
            return;
        }
        schedule = Flux.interval(initialDelay(), interval())
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
        Disposable running = schedule;
        if (running != null) {
            running.dispose();
        }
        schedule = null;
    }

    @Override
    public boolean isRunning() {
        Disposable running = schedule;
        return running != null && !running.isDisposed();
    }
}
