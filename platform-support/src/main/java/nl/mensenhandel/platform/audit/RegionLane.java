package nl.mensenhandel.platform.audit;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.function.Function;

import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;

/**
 * Writes the appends to one region's chain one write after the other within this instance, without blocking a
 * thread, and together: the appends that arrived while a write was under way are written next, in one write
 * (group commit), in the order they arrived. Under load a region's chain then costs one store round trip per
 * batch instead of one per entry, while every entry is still written — and its request answered — only after the
 * store took it. (Between instances the store's unique {@code _id} decides; this only spares an instance from
 * racing against itself.)
 */
final class RegionLane {

    /** At most this many entries in one write. */
    static final int MAX_BATCH = 100;

    /** A write that hangs must not stop the region's log for good. */
    private static final Duration LIMIT = Duration.ofSeconds(10);

    private record Waiting(AccessLogEntry draft, MonoSink<AccessLogEntry> sink) {
    }

    private final Function<List<AccessLogEntry>, Mono<List<AccessLogEntry>>> write;
    private final Queue<Waiting> waiting = new ArrayDeque<>();
    private boolean busy;

    /** @param write stores the drafts, in this order, and answers the stored entries in the same order */
    RegionLane(Function<List<AccessLogEntry>, Mono<List<AccessLogEntry>>> write) {
        this.write = write;
    }

    Mono<AccessLogEntry> append(AccessLogEntry draft) {
        return Mono.create(sink -> {
            boolean startNow;
            synchronized (this) {
                waiting.add(new Waiting(draft, sink));
                startNow = !busy;
                busy = true;
            }
            if (startNow) {
                writeNext();
            }
        });
    }

    private void writeNext() {
        List<Waiting> batch = new ArrayList<>();
        synchronized (this) {
            while (batch.size() < MAX_BATCH && !waiting.isEmpty()) {
                batch.add(waiting.poll());
            }
            if (batch.isEmpty()) {
                busy = false;
                return;
            }
        }
        Mono<List<AccessLogEntry>> written;
        try {
            written = write.apply(batch.stream().map(Waiting::draft).toList()).timeout(LIMIT);
        } catch (RuntimeException e) {
            batch.forEach(w -> w.sink().error(e));
            writeNext();
            return;
        }
        written.doFinally(signal -> writeNext()).subscribe(stored -> {
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).sink().success(stored.get(i));
            }
        }, failed -> batch.forEach(w -> w.sink().error(failed)));
    }
}
