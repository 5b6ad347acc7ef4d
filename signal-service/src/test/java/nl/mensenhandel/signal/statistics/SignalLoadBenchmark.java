package nl.mensenhandel.signal.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.mensenhandel.platform.config.Secrets;
import nl.mensenhandel.signal.signal.ExploitationForm;
import nl.mensenhandel.signal.signal.Gender;
import nl.mensenhandel.signal.signal.Person;
import nl.mensenhandel.signal.signal.PersonRole;
import nl.mensenhandel.signal.signal.Reporter;
import nl.mensenhandel.signal.signal.Signal;
import nl.mensenhandel.signal.signal.SignalStatus;
import nl.mensenhandel.signal.signal.SourceType;
import nl.mensenhandel.signal.signal.Urgency;

/**
 * The loader of the monitor benchmark (issue 11 §10), run by {@code deploy/bench/monitor}; not part of the normal
 * build (tag {@code benchmark}). Writes {@code bench.signals} signals of region {@code bench.region} into the
 * running platform's store ({@code bench.uri}, database {@code signals}) through signal-service's own mapping, so
 * they are stored exactly as the service stores them — the persons' nationality encrypted with the region's key
 * ({@code SignalEncryption}, the local profile's development keys, as {@code deploy/local/up} runs the service).
 * The signals are spread over the region's municipalities, the four forms (some with two), the six source types,
 * five years and every quarter, each with one possible victim of varied age, gender and nationality. The jobs of
 * this second signal-service context stay off; the running platform's signal-service does the counting.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "platform.retention.enabled=false", "platform.outbox.enabled=false",
        "signal.statistics.refresh-interval=PT24H"})
@ActiveProfiles(Secrets.LOCAL_PROFILE)
class SignalLoadBenchmark {

    static final int SIGNALS = Integer.getInteger("bench.signals", 1_000_000);
    static final int BATCH = Integer.getInteger("bench.batch", 5_000);
    static final String REGION = System.getProperty("bench.region", "zaanstreek-waterland");
    static final List<String> MUNICIPALITIES = List.of(System.getProperty("bench.municipalities",
            "GM0479,GM0431,GM0880,GM0439,GM0385,GM0415,GM0852").split(","));
    static final Path REPORT = Path.of(System.getProperty("bench.report", "target/benchmark/signal-load.txt"));
    static final String[] NATIONALITIES = {"NL", "NL", "NL", "PL", "RO", "BG", "HU", "NG", "UA", "VN", "MA", "CN"};
    static final ExploitationForm[] FORMS = {ExploitationForm.SEKSUEEL, ExploitationForm.ARBEID,
            ExploitationForm.CRIMINEEL, ExploitationForm.ORGAAN};

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> System.getProperty("bench.uri", "mongodb://localhost:27017"));
    }

    @Autowired
    ReactiveMongoTemplate mongo;

    @Test
    void loadSignals() throws IOException {
        String run = Long.toHexString(System.currentTimeMillis());
        long before = count();
        SplittableRandom random = new SplittableRandom(42);
        Instant started = Instant.now();
        for (int from = 0; from < SIGNALS; from += BATCH) {
            List<Signal> batch = new ArrayList<>(BATCH);
            for (int i = from; i < Math.min(SIGNALS, from + BATCH); i++) {
                batch.add(signal(run, i, random));
            }
            mongo.insertAll(batch).then().block(Duration.ofMinutes(5));
        }
        Duration took = Duration.between(started, Instant.now());
        long after = count();
        String report = "loaded %d signals of %s in %.1f s (%.0f signals/s); the store now holds %d signals%n"
                .formatted(SIGNALS, REGION, took.toMillis() / 1000.0, SIGNALS * 1000.0 / Math.max(1, took.toMillis()),
                        after);
        Files.createDirectories(REPORT.toAbsolutePath().getParent());
        Files.writeString(REPORT, report);
        System.out.print(report);
        assertThat(after - before).as("every signal stored").isEqualTo(SIGNALS);
    }

    private long count() {
        return mongo.getCollection("signals").flatMap(c -> reactor.core.publisher.Mono.from(c.countDocuments()))
                .block(Duration.ofMinutes(5));
    }

    private static Signal signal(String run, int i, SplittableRandom random) {
        String municipality = MUNICIPALITIES.get(random.nextInt(MUNICIPALITIES.size()));
        // organ removal is rare (DOMAIN.md §1: nationally about 0), one signal in fifty here
        Set<ExploitationForm> forms = EnumSet.of(random.nextInt(50) == 0 ? ExploitationForm.ORGAAN
                : FORMS[random.nextInt(3)]);
        if (random.nextInt(10) == 0) {
            forms.add(FORMS[random.nextInt(3)]);
        }
        SourceType source = SourceType.values()[random.nextInt(SourceType.values().length)];
        Instant created = Instant.now().minus(Duration.ofMinutes(random.nextLong(5L * 365 * 24 * 60)));
        int yearOfBirth = 1950 + random.nextInt(60);
        Person victim = new Person(PersonRole.MOGELIJK_SLACHTOFFER, yearOfBirth > 2007, yearOfBirth,
                NATIONALITIES[random.nextInt(NATIONALITIES.length)], Gender.values()[random.nextInt(4)], null, null);
        SignalStatus status = SignalStatus.values()[random.nextInt(SignalStatus.values().length)];
        String id = UUID.nameUUIDFromBytes((run + ":" + i).getBytes()).toString();
        return new Signal(id, REGION, municipality, null, List.of(municipality), List.of(REGION), forms, List.of(),
                null, source, new Reporter("Benchmark", null, null), "Benchmarksignaal " + i, created,
                Urgency.NORMAAL, Urgency.NORMAAL.rank(), null, List.of(victim), List.of(), null, status, null, null,
                null, List.of(), null, List.of(), List.of(), created, "bench", "bench-" + run, REGION, created, 0,
                List.of(), null, null, null, List.of(), null, List.of(), null);
    }
}
