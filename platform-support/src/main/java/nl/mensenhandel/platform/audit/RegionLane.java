package nl.mensenhandel.platform.audit;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.function.Supplier;

import reactor.core.publisher.Mono;

/**
 * Runs the appends to one region's chain one after the other within this instance, without blocking a
 * thread: a waiting append is queued and started when the one before it ends. (Between instances the
 * store's unique {@code _id} decides; this only spares an instance from racing against itself.)
 */
final class RegionLane {

    /** An append that hangs must not stop the region's log for good. */
    private static final Duration LIMIT = Duration.ofSeconds(10);

    private final Queue<Runnable> waiting = new ArrayDeque<>();
    private boolean busy;

    <T> Mono<T> run(Supplier<Mono<T>> work) {
        return Mono.create(sink -> {
            Runnable start = () -> {
                Mono<T> started;
                try {
                    started = work.get().timeout(LIMIT);
                } catch (RuntimeException e) {
                    next();
                    sink.error(e);
                    return;
                }
                started.doFinally(signal -> next()).subscribe(sink::success, sink::error, sink::success);
            };
            boolean startNow;
            synchronized (this) {
                startNow = !busy;
                if (busy) {
                    waiting.add(start);
                } else {
                    busy = true;
                }
            }
            if (startNow) {
                start.run();
            }
        });
    }

    private void next() {
        Runnable following;
        synchronized (this) {
            following = waiting.poll();
            if (following == null) {
                busy = false;
            }
        }
        if (following != null) {
            following.run();
        }
    }
}
