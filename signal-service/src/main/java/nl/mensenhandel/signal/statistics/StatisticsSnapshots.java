package nl.mensenhandel.signal.statistics;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import nl.mensenhandel.platform.statistics.StatisticsTable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Keeps one snapshot of the monitor's counts per region ({@link StatisticsSnapshot}, collection
 * {@code statisticsSnapshots}) and serves it: the monitor's query reads one document by id, whatever the number of
 * signals (issue 11 §10: under a second at a million signals).
 * <p>
 * Every refresh first asks whether anything changed at all: the number of documents in {@code signals} and
 * {@code signal_links} and the writes this instance sent to them ({@link SignalWrites}) — constant-time on both
 * stores. Only when that moved are the regions looked at, and a region is counted again only when it changed: its
 * fingerprint (number of signals, latest creation and change;
 * number of links, latest link and revocation — {@link SignalStatisticsSource#fingerprints()}) differs from the one
 * stored with its snapshot. The fingerprint is taken before the signals are streamed, so a write during the
 * counting leaves a snapshot whose fingerprint no longer matches, and the next refresh counts again: a change is
 * never lost, at worst counted twice. Writing the snapshot replaces one document (single-document atomicity); two
 * instances refreshing at once write equal counts.
 * <p>
 * Cost: while nothing is written the check costs two counts. After a write, the fingerprints are two {@code $group}
 * scans (the region and two dates per document; the embedded store reads every document, having no secondary
 * indexes), then one projected read of each changed region's signals.
 */
@Service
public class StatisticsSnapshots implements SignalStatistics {

    private final ReactiveMongoTemplate mongo;
    private final SignalStatisticsSource source;
    private final SignalWrites writes;
    private final Clock clock;
    /** The store's state ({@link #storeState()}) when the last refresh completed; null before the first. */
    private volatile String lastState;
    /** Regions being counted for a first snapshot, so concurrent askers share one count. */
    private final Map<String, Mono<StatisticsTable>> computing = new ConcurrentHashMap<>();

    public StatisticsSnapshots(ReactiveMongoTemplate mongo, SignalStatisticsSource source, SignalWrites writes,
            Clock clock) {
        this.mongo = mongo;
        this.source = source;
        this.writes = writes;
        this.clock = clock;
    }

    /**
     * The region's snapshot. When it has none yet it is counted now, once however many ask meanwhile, and to the
     * end even when the asker gives up (a large region takes a while): the next question finds it stored.
     */
    @Override
    public Mono<StatisticsTable> current(String region) {
        return mongo.findById(region, StatisticsSnapshot.class).map(StatisticsSnapshot::table)
                .switchIfEmpty(Mono.defer(() -> firstCount(region)));
    }

    private Mono<StatisticsTable> firstCount(String region) {
        AtomicReference<Mono<StatisticsTable>> self = new AtomicReference<>();
        Mono<StatisticsTable> once = Mono.defer(() -> source.fingerprints())
                .flatMap(prints -> refresh(region, prints.getOrDefault(region, SignalStatisticsSource.EMPTY)))
                .doFinally(signal -> computing.remove(region, self.get()))
                .cache();
        self.set(once);
        Mono<StatisticsTable> running = computing.putIfAbsent(region, once);
        if (running != null) {
            return running;
        }
        // detached from the asker: its cancellation does not stop the counting
        once.subscribe(table -> { }, error -> { });
        return once;
    }

    /**
     * Counts again each of these regions whose fingerprint moved since its snapshot (or that has none); one region
     * after the other. Emits the regions counted.
     */
    public Flux<String> refreshChanged(Collection<String> regions) {
        return storeState().flatMapMany(state -> state.equals(lastState) ? Flux.<String>empty()
                : refreshByFingerprint(regions).doOnComplete(() -> lastState = state));
    }

    /**
     * The writes this instance saw answered, then the number of signals and links: read before the fingerprints,
     * so a write after this moment moves it and is looked at next time.
     */
    private Mono<String> storeState() {
        return Mono.defer(() -> {
            long written = writes.count();
            return Mono.zip(mongo.estimatedCount(SignalStatisticsSource.SIGNALS),
                            mongo.estimatedCount(SignalStatisticsSource.LINKS))
                    .map(t -> written + "/" + t.getT1() + "/" + t.getT2());
        });
    }

    private Flux<String> refreshByFingerprint(Collection<String> regions) {
        return source.fingerprints().flatMapMany(prints -> storedFingerprints()
                .flatMapMany(stored -> Flux.fromIterable(regions)
                        .filter(region -> !prints.getOrDefault(region, SignalStatisticsSource.EMPTY)
                                .equals(stored.get(region)))
                        .concatMap(region -> refresh(region, prints.getOrDefault(region,
                                SignalStatisticsSource.EMPTY)).thenReturn(region))));
    }

    private Mono<StatisticsTable> refresh(String region, String fingerprint) {
        Instant asOf = clock.instant();
        return source.count(region, asOf)
                .flatMap(table -> mongo.save(new StatisticsSnapshot(region, fingerprint, table)))
                .map(StatisticsSnapshot::table);
    }

    /** Region → fingerprint of its snapshot, without reading the counts. */
    private Mono<Map<String, String>> storedFingerprints() {
        Query query = new Query(new Criteria());
        query.fields().include("fingerprint");
        return mongo.find(query, org.bson.Document.class, "statisticsSnapshots")
                .collectMap(row -> String.valueOf(row.get("_id")), row -> String.valueOf(row.get("fingerprint")));
    }
}
