import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import org.bson.Document;

import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The reference of deploy/bench/run's intake scenario: the store's raw insert rate for the writes one intake makes.
 * One {@code POST /api/signals} (a professional's NORMAAL report) writes three documents into signal-service's
 * database: its idempotency record ({@code idempotency_keys}), the signal ({@code signals}, personal fields
 * encrypted) and the access-log entry ({@code access_log}). This program takes the three documents an intake of the
 * benchmark run wrote as templates, copies the three collections' indexes into a scratch database of the same store,
 * and inserts the same three documents (new ids) per "intake", one after the other as the service does, from
 * {@code concurrency} threads at once — with the same MongoDB driver the service uses. Prints one line
 * {@code RAW_RESULT ...}, then drops the scratch database.
 *
 * <pre>
 *   java -cp 'jars/*' StoreRawInserts.java raw   URI SOURCE_DB RUN INTAKES CONCURRENCY WARMUP
 *   java -cp 'jars/*' StoreRawInserts.java count URI DB COLLECTION
 * </pre>
 * RUN: the benchmark run whose intakes are the templates (their Idempotency-Keys start with {@code bench-RUN-}).
 * Run from the jars of signal-service's own jar (BOOT-INF/lib), so driver and store are the ones measured.
 */
public class StoreRawInserts {

    static final List<String> COLLECTIONS = List.of("idempotency_keys", "signals", "access_log");
    static final Duration LIMIT = Duration.ofMinutes(10);

    public static void main(String[] args) throws Exception {
        try (MongoClient client = MongoClients.create(args[1])) {
            switch (args[0]) {
                case "count" -> System.out.println(Mono.from(client.getDatabase(args[2]).getCollection(args[3])
                        .countDocuments()).block(LIMIT));
                case "raw" -> raw(client, args[2], args[3], Integer.parseInt(args[4]), Integer.parseInt(args[5]),
                        Integer.parseInt(args[6]));
                default -> throw new IllegalArgumentException("mode raw or count, not " + args[0]);
            }
        }
    }

    static void raw(MongoClient client, String sourceDb, String run, int intakes, int concurrency, int warmup)
            throws InterruptedException {
        MongoDatabase source = client.getDatabase(sourceDb);
        Document idempotency = Mono.from(source.getCollection("idempotency_keys")
                .find(Filters.regex("_id", Pattern.quote("|bench-" + run + "-"))).first()).block(LIMIT);
        if (idempotency == null) {
            throw new IllegalStateException("no intake of run " + run + " in " + sourceDb + ".idempotency_keys");
        }
        String signalId = idempotency.getString("resourceId");
        Document signal = Mono.from(source.getCollection("signals").find(Filters.eq("_id", signalId)).first())
                .block(LIMIT);
        Document logEntry = Mono.from(source.getCollection("access_log")
                .find(Filters.and(Filters.eq("resourceId", signalId), Filters.eq("action", "CREATE"))).first())
                .block(LIMIT);
        if (signal == null || logEntry == null) {
            throw new IllegalStateException("intake " + signalId + " has no signal or no access-log entry");
        }

        String scratch = "bench_raw_" + run;
        MongoDatabase target = client.getDatabase(scratch);
        Mono.from(target.drop()).block(LIMIT);
        for (String name : COLLECTIONS) {
            copyIndexes(source, target, name);
        }
        MongoCollection<Document> idempotencyKeys = target.getCollection("idempotency_keys");
        MongoCollection<Document> signals = target.getCollection("signals");
        MongoCollection<Document> accessLog = target.getCollection("access_log");
        AtomicLong next = new AtomicLong();

        Runnable oneIntake = () -> {
            long i = next.getAndIncrement();
            String id = UUID.randomUUID().toString();
            Mono.from(idempotencyKeys.insertOne(new Document(idempotency).append("_id", "raw|" + run + "|" + i)
                    .append("resourceId", id))).block(LIMIT);
            Mono.from(signals.insertOne(new Document(signal).append("_id", id))).block(LIMIT);
            Mono.from(accessLog.insertOne(new Document(logEntry).append("_id", "bench-raw:%012d".formatted(i))
                    .append("sequence", i).append("resourceId", id))).block(LIMIT);
        };
        try {
            timed(oneIntake, warmup, concurrency);               // the client's JIT; not counted
            double seconds = timed(oneIntake, intakes, concurrency);
            System.out.printf(java.util.Locale.ROOT,
                    "RAW_RESULT intakes=%d inserts=%d seconds=%.3f intakes_per_s=%.1f inserts_per_s=%.1f concurrency=%d%n",
                    intakes, intakes * COLLECTIONS.size(), seconds, intakes / seconds,
                    intakes * COLLECTIONS.size() / seconds, concurrency);
        } finally {
            Mono.from(target.drop()).block(LIMIT);
        }
    }

    /** Runs {@code count} intakes from {@code concurrency} threads; the seconds it took. */
    static double timed(Runnable oneIntake, int count, int concurrency) throws InterruptedException {
        AtomicLong left = new AtomicLong(count);
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        for (int t = 0; t < concurrency; t++) {
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    while (left.getAndDecrement() > 0) {
                        oneIntake.run();
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("raw inserts failed", failures.get(0));
        }
        return (System.nanoTime() - started) / 1e9;
    }

    /** The source collection's indexes (keys and options: unique, partial, sparse) on the scratch collection. */
    static void copyIndexes(MongoDatabase source, MongoDatabase target, String name) {
        List<Document> indexes = Flux.from(source.getCollection(name).listIndexes()).collectList().block(LIMIT);
        List<Document> wanted = new ArrayList<>();
        for (Document index : indexes) {
            if ("_id_".equals(index.getString("name"))) {
                continue;
            }
            Document copy = new Document(index);
            copy.remove("v");
            copy.remove("ns");
            wanted.add(copy);
        }
        Mono.from(target.createCollection(name)).block(LIMIT);
        if (!wanted.isEmpty()) {
            Mono.from(target.runCommand(new Document("createIndexes", name).append("indexes", wanted))).block(LIMIT);
        }
    }
}
