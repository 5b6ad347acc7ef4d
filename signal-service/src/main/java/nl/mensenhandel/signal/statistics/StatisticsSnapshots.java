package nl.mensenhandel.signal.statistics;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

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
 * A region is counted again only when it changed: its fingerprint (number of signals, latest creation and change;
 * number of links, latest link and revocation — {@link SignalStatisticsSource#fingerprints()}) differs from the one
 * stored with its snapshot. The fingerprint is taken before the signals are streamed, so a write during the
 * counting leaves a snapshot whose fingerprint no longer matches, and the next refresh counts again: a change is
 * never lost, at worst counted twice. Writing the snapshot replaces one document (single-document atomicity); two
 * instances refreshing at once write equal counts.
 * <p>
 * Cost of the check: on MongoDB the fingerprints are two {@code $group} scans of the region field and two dates per
 * document; the embedded store reads every document for them — its price for having no secondary indexes.
 */
@Service
public class StatisticsSnapshots implements SignalStatistics {

    private final ReactiveMongoTemplate mongo;
    private final SignalStatisticsSource source;
    private final Clock clock;

    public StatisticsSnapshots(ReactiveMongoTemplate mongo, SignalStatisticsSource source, Clock clock) {
        this.mongo = mongo;
        this.source = source;
        this.clock = clock;
    }

    @Override
    public Mono<StatisticsTable> current(String region) {
        return mongo.findById(region, StatisticsSnapshot.class).map(StatisticsSnapshot::table)
                .switchIfEmpty(Mono.defer(() -> source.fingerprints()
                        .flatMap(prints -> refresh(region, prints.getOrDefault(region,
                                SignalStatisticsSource.EMPTY)))));
    }

    /**
     * Counts again each of these regions whose fingerprint moved since its snapshot (or that has none); one region
     * after the other. Emits the regions counted.
     */
    public Flux<String> refreshChanged(Collection<String> regions) {
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
