package nl.mensenhandel.care.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import nl.mensenhandel.care.placements.PlacementType;
import nl.mensenhandel.platform.config.Secrets;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Benchmark of the reservation race (issue 9 §5; standard 6: measured by a benchmark, not a timed test). Not part of
 * the normal build (tag {@code benchmark}); run it with {@code deploy/bench/care-reservations}.
 * <p>
 * The care service's own Spring context (its MongoDB client as the service configures it, the
 * {@link PlaceReservations} bean, the web server on a random port) against the embedded store as
 * {@code deploy/local/up} runs it (mongo-java-server with its H2 file backend, here in the same JVM on a random port),
 * or the in-memory backend of the tests ({@code -Dbench.store=memory}), or a real MongoDB ({@code MONGODB_URI}).
 * Each round publishes {@code bench.places} free places and fires {@code bench.requests} reservations at once; every
 * reservation's latency is measured from its call to its answer (waiting for a pooled connection included). As a
 * reference in the same run, the same number of plain single-document {@code updateOne $inc} calls, at the same
 * concurrency, on the same store and client. Rounds alternate between the two; the first {@code bench.warmup}
 * rounds of each are not counted.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(Secrets.LOCAL_PROFILE)
class CareReservationBenchmark {

    static final int ROUNDS = Integer.getInteger("bench.rounds", 30);
    static final int WARMUP = Integer.getInteger("bench.warmup", 5);
    static final int REQUESTS = Integer.getInteger("bench.requests", 200);
    static final int PLACES = Integer.getInteger("bench.places", 50);
    static final String STORE = System.getProperty("bench.store", "h2");
    static final Path REPORT = Path.of(System.getProperty("bench.report", "target/benchmark/care-reservations.txt"));
    static final String REAL_URI = System.getenv("MONGODB_URI");
    /** The driver's connection pool size (its default: 100); the URI option {@code maxPoolSize}. */
    static final String POOL = System.getProperty("bench.pool", "");

    static MongoServer server;
    static Path h2File;
    static String uri = startStore();

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> POOL.isBlank() ? uri
                : uri + (uri.contains("?") ? "&" : "/?") + "maxPoolSize=" + POOL);
        registry.add("spring.mongodb.database", () -> "care-benchmark");
    }

    @Autowired
    PlaceReservations reservations;

    @Autowired
    ReactiveMongoTemplate mongo;

    record Sample(long nanos, boolean granted) {
    }

    @Test
    void reservationLatencyUnderTheRace() throws IOException {
        MongoCollection<Document> reference = mongo.getCollection("benchmark_reference").block();
        List<Long> reservationNanos = new ArrayList<>();
        List<Long> referenceNanos = new ArrayList<>();
        List<Long> roundWallNanos = new ArrayList<>();
        List<Long> roundCpuNanos = new ArrayList<>();
        String loadBefore = loadAverage();
        for (int round = 0; round < WARMUP + ROUNDS; round++) {
            ReservationRace.publish(mongo, PLACES);
            long cpuBefore = processCpuNanos();
            long wallBefore = System.nanoTime();
            List<Sample> reserved = race(() -> reservations.reserve(ReservationRace.REGION, ReservationRace.LOCATION,
                    ReservationRace.TYPE));
            long wall = System.nanoTime() - wallBefore;
            long cpu = processCpuNanos() - cpuBefore;
            long granted = reserved.stream().filter(Sample::granted).count();
            assertThat(granted).as("round %d: reservations granted", round).isEqualTo(Math.min(PLACES, REQUESTS));

            List<Sample> plain = race(() -> Mono.from(reference.updateOne(Filters.eq("_id", "counter"),
                    Updates.inc("n", 1), new UpdateOptions().upsert(true))).map(result -> true));
            if (round >= WARMUP) {
                roundWallNanos.add(wall);
                roundCpuNanos.add(cpu);
                reserved.forEach(sample -> reservationNanos.add(sample.nanos()));
                plain.forEach(sample -> referenceNanos.add(sample.nanos()));
            }
        }
        String report = report(reservationNanos, referenceNanos)
                + String.format(Locale.ROOT, "per round of %d reservations (median): %.1f ms wall, %.1f ms CPU of this"
                        + " process (client, service and store together) — on %d otherwise idle cores the wall time"
                        + " would approach CPU / cores%n", REQUESTS, ms(percentile(sorted(roundWallNanos), 0.5)),
                        ms(percentile(sorted(roundCpuNanos), 0.5)), Runtime.getRuntime().availableProcessors())
                + "load average (1/5/15 min) before: " + loadBefore + ", after: " + loadAverage()
                + " (other processes on the machine compete for the same cores)\n";
        System.out.println(report);
        Files.createDirectories(REPORT.toAbsolutePath().getParent());
        Files.writeString(REPORT, report);
    }

    /** All {@link #REQUESTS} calls subscribed at once; each sample from its subscription to its answer. */
    private static List<Sample> race(Supplier<Mono<Boolean>> call) {
        return Flux.range(0, REQUESTS)
                .flatMap(i -> Mono.defer(() -> {
                    long start = System.nanoTime();
                    return call.get().map(granted -> new Sample(System.nanoTime() - start, granted));
                }), REQUESTS)
                .collectList()
                .block();
    }

    private static String report(List<Long> reservation, List<Long> reference) {
        long[] r = sorted(reservation);
        long[] p = sorted(reference);
        StringBuilder out = new StringBuilder();
        out.append("care reservation benchmark, ").append(Instant.now()).append('\n');
        out.append(String.format(Locale.ROOT, "machine: %d cpus, %s %s, java %s (%s), max heap %d MB%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("os.arch"), System.getProperty("java.version"),
                String.join(" ", java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                        .filter(arg -> arg.startsWith("-X")).toList()),
                Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        out.append(String.format(Locale.ROOT, "store: %s; driver pool maxPoolSize %s; %d rounds (+%d warm-up) of %d"
                + " concurrent requests for %d free places%n", storeDescription(), POOL.isBlank() ? "care.mongodb.max-pool-size (200)" : POOL + " (in the URI)",
                ROUNDS, WARMUP, REQUESTS, PLACES));
        out.append(String.format(Locale.ROOT, "%-34s %8s %8s %8s %8s %8s%n", "latency (ms)", "p50", "p95", "p99", "max",
                "n"));
        out.append(line("reserve (PlaceReservations)", r));
        out.append(line("reference: plain updateOne $inc", p));
        out.append(String.format(Locale.ROOT, "%-34s %8.2f %8.2f %8.2f %8.2f%n", "ratio reserve / reference",
                ratio(r, p, 0.50), ratio(r, p, 0.95), ratio(r, p, 0.99), (double) r[r.length - 1] / p[p.length - 1]));
        out.append(String.format(Locale.ROOT, "target p99 < 50 ms: %s%n",
                percentile(r, 0.99) < 50_000_000L ? "met" : "MISSED"));
        return out.toString();
    }

    private static String line(String label, long[] sorted) {
        return String.format(Locale.ROOT, "%-34s %8.2f %8.2f %8.2f %8.2f %8d%n", label, ms(percentile(sorted, 0.50)),
                ms(percentile(sorted, 0.95)), ms(percentile(sorted, 0.99)), ms(sorted[sorted.length - 1]),
                sorted.length);
    }

    private static double ratio(long[] a, long[] b, double q) {
        return (double) percentile(a, q) / percentile(b, q);
    }

    /** Nearest-rank percentile. */
    static long percentile(long[] sorted, double q) {
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static long[] sorted(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String storeDescription() {
        if (REAL_URI != null && !REAL_URI.isBlank()) {
            return "MongoDB at MONGODB_URI";
        }
        return "memory".equals(STORE) ? "embedded store, in-memory backend (the tests' store), same JVM"
                : "embedded store, H2 file backend (as deploy/local/up runs it), same JVM";
    }

    private static String startStore() {
        if (REAL_URI != null && !REAL_URI.isBlank()) {
            return REAL_URI;
        }
        if ("memory".equals(STORE)) {
            server = new MongoServer(new MemoryBackend());
        } else {
            try {
                h2File = Files.createTempFile("care-benchmark", ".mv");
                Files.delete(h2File);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server = new MongoServer(new H2Backend(h2File.toString()));
        }
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        return "mongodb://" + address.getHostString() + ":" + address.getPort();
    }

    @AfterAll
    static void stopStore() throws IOException {
        if (server != null) {
            server.shutdownNow();
        }
        if (h2File != null) {
            Files.deleteIfExists(h2File);
        }
    }
}
