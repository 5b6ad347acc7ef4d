package nl.mensenhandel.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

/**
 * Issue 12 §8, fault tests: intake under load while signal-service crashes and while the store restarts. A few
 * client threads act like partners' systems: each sends intake requests through the gateway, every one with its own
 * Idempotency-Key, and retries the same key with backoff on 503/502/504/429 and connection errors until it gets 201
 * or 200. Meanwhile the test
 * <ol>
 * <li>kills signal-service hard ({@code deploy/local/service kill}: SIGKILL, requests in flight are cut off) and
 * starts it again: while it is away the gateway answers 503 problem details of type {@code service-unavailable},
 * quickly, and once it is back intake succeeds again through the same gateway process (its circuit breaker closes by
 * itself);</li>
 * <li>stops the embedded store and starts it again ({@code deploy/local/service stop|start store}; the H2 file keeps
 * the data): while it is away signal-service itself answers 503 {@code service-unavailable} with Retry-After within
 * seconds (no 500, no 30 s hang) and its readiness is DOWN; afterwards everything works again without a restart.</li>
 * </ol>
 * Then: every key was accepted, a replay of a key returns the same signal, and the signals in this run's own
 * observation window are exactly one per key — none lost, none doubled. Whatever happens, the store and
 * signal-service are started again and the platform is left healthy.
 */
@ExtendWith(RunningPlatform.class)
class FaultToleranceIT {

    static final String SIGNAL_SERVICE = "signal-service";
    static final String SIGNAL_HEALTH = "http://localhost:8081/actuator/health";
    static final String SERVICE_UNAVAILABLE = "urn:mensenhandel:problem:service-unavailable";
    /** Enough that some requests are in flight when signal-service dies or the store stops. */
    static final int CLIENTS = 8;
    /** A new key per client at most this often: at most ~20 requests/s per user, far below the gateway's 50/s. */
    static final Duration PACE = Duration.ofMillis(200);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(2);
    /** The gateway's response timeout is 10 s; no answer may take much longer. */
    static final Duration GATEWAY_BOUND = Duration.ofSeconds(15);
    /** With the store away, signal-service answers after its server-selection timeout (3 s), far below 10 s. */
    static final Duration STORE_OUTAGE_BOUND = Duration.ofSeconds(8);
    /** After a restart: the gateway's breaker half-opens after 10 s open, so two rounds and some slack. */
    static final Duration RECOVERY = Duration.ofSeconds(40);
    static final Duration STORE_DOWN_FOR = Duration.ofSeconds(6);

    /** AFs reporting in their own municipality (as GatewayLoadIT); the users take turns. */
    private static final Map<String, String> REPORTERS = new TreeMap<>(Map.of("af.zwolle", "GM0193",
            "af.rotterdam", "GM0599"));

    record Attempt(String key, Instant sent, long nanos, int status, String contentType, String problemType,
            String retryAfter, String signalId, String error) {

        boolean accepted() {
            return status == 201 || status == 200;
        }

        Instant answered() {
            return sent.plusNanos(nanos);
        }

        Duration took() {
            return Duration.ofNanos(nanos);
        }

        @Override
        public String toString() {
            return status + " " + (problemType != null ? problemType : error != null ? error : "") + " after "
                    + took().toMillis() + " ms (key " + key + ")";
        }
    }

    record Key(String key, String user, Map<String, Object> body) {
    }

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void noAcceptedIntakeIsLostOrDoubledWhenSignalServiceCrashesAndTheStoreRestarts() throws Exception {
        URI gateway = URI.create(RunningPlatform.gatewayUrl());
        assertThat(Set.of("localhost", "127.0.0.1", "[::1]")).as("faults only on this machine").contains(gateway.getHost());
        String gatewayPid = pid("gateway");
        // this run's own observation window: the listing below counts exactly this run's signals
        Instant window = Instant.now().minus(Duration.ofDays(150 + ThreadLocalRandom.current().nextInt(150)))
                .truncatedTo(ChronoUnit.MINUTES).plusSeconds(ThreadLocalRandom.current().nextInt(3600));
        Map<String, Long> before = new TreeMap<>();
        REPORTERS.forEach((user, municipality) -> before.put(user, listed(gateway, user, municipality, window).total()));

        Load load = new Load(gateway, window);
        Instant killed;
        Instant serviceBack;
        Instant storeStopped;
        Instant storeBack;
        try {
            load.start();
            load.awaitAccepted("intake works before any fault", 2 * CLIENTS, Instant.now(), RECOVERY);

            // (a) signal-service crashes
            killed = Instant.now();
            RunningPlatform.run("deploy/local/service", "kill", SIGNAL_SERVICE);
            Thread.sleep(Duration.ofSeconds(3));
            load.awaitAnswer("the gateway answers 503 while signal-service is away", a -> a.status() == 503, killed,
                    Duration.ofSeconds(20));
            RunningPlatform.run("deploy/local/service", "start", SIGNAL_SERVICE);
            serviceBack = Instant.now();
            load.awaitAccepted("intake succeeds again through the same gateway after signal-service is back", CLIENTS,
                    serviceBack, RECOVERY);

            // (b) the store stops and starts again
            storeStopped = Instant.now();
            RunningPlatform.run("deploy/local/service", "stop", "store");
            load.awaitAnswer("signal-service answers 503 while the store is away", a -> a.status() == 503
                    && a.retryAfter() != null, storeStopped, Duration.ofSeconds(20));
            // not ready without its store (the ping check is part of readiness)
            awaitStatus(SIGNAL_HEALTH + "/readiness", 503, "DOWN", Duration.ofSeconds(20));
            long rest = Duration.between(Instant.now(), storeStopped.plus(STORE_DOWN_FOR)).toMillis();
            if (rest > 0) {
                Thread.sleep(rest);
            }
            RunningPlatform.run("deploy/local/service", "start", "store");
            storeBack = Instant.now();
            load.awaitAccepted("intake succeeds again after the store is back", CLIENTS, storeBack, RECOVERY);
            awaitStatus(SIGNAL_HEALTH + "/readiness", 200, "UP", RECOVERY);
        } finally {
            try {
                // the platform stays whole for the next test class, whatever failed above (a running one is left alone)
                RunningPlatform.run("deploy/local/service", "start", "store");
                RunningPlatform.run("deploy/local/service", "start", SIGNAL_SERVICE);
            } finally {
                load.stop();
            }
        }
        List<Attempt> attempts = load.attempts();
        Map<Key, List<Attempt>> byKey = load.byKey();
        report(attempts, byKey, killed, serviceBack, storeStopped, storeBack);

        // every key was accepted, with one signal id
        List<Key> notAccepted = byKey.entrySet().stream()
                .filter(e -> e.getValue().stream().noneMatch(Attempt::accepted)).map(Map.Entry::getKey).toList();
        assertThat(notAccepted).as("keys never accepted (the client gave up): %s", notAccepted.stream().limit(3)
                .map(k -> byKey.get(k).stream().map(Attempt::toString).toList()).toList()).isEmpty();
        Map<String, String> idOfKey = new LinkedHashMap<>();
        byKey.forEach((key, tries) -> tries.stream().filter(Attempt::accepted).forEach(a -> {
            String first = idOfKey.putIfAbsent(key.key(), a.signalId());
            assertThat(a.signalId()).as("the signal of key %s", key.key()).isNotBlank()
                    .isEqualTo(first != null ? first : a.signalId());
        }));

        // no answer was a 500 or any other error than the outages' 503 (429 would only mean too fast a pace)
        List<Attempt> unexpected = attempts.stream().filter(a -> a.status() > 0 && !a.accepted()
                && !(a.status() == 503 && SERVICE_UNAVAILABLE.equals(a.problemType())
                        && a.contentType() != null && a.contentType().startsWith("application/problem+json"))
                && a.status() != 429).toList();
        assertThat(unexpected).as("answers other than 201/200 and 503 problem+json service-unavailable").isEmpty();
        // no hang beyond the gateway's response timeout, and a quick 503 from signal-service while the store is away
        assertThat(attempts).as("attempts answered (or failed) within %s", GATEWAY_BOUND)
                .allMatch(a -> a.took().compareTo(GATEWAY_BOUND) <= 0);
        List<Attempt> duringStoreOutage = attempts.stream().filter(a -> a.status() == 503
                && !a.sent().isBefore(storeStopped) && a.answered().isBefore(storeBack)).toList();
        assertThat(duringStoreOutage).as("503 answers while the store was away").isNotEmpty()
                .allSatisfy(a -> assertThat(a.took()).as("%s", a).isLessThanOrEqualTo(STORE_OUTAGE_BOUND));
        assertThat(attempts.stream().filter(a -> a.status() == 503 && !a.sent().isBefore(killed)
                && a.answered().isBefore(serviceBack))).as("the gateway's 503 answers while signal-service was away")
                .isNotEmpty();
        assertThat(pid("gateway")).as("the gateway recovered by itself, it was not restarted").isEqualTo(gatewayPid);

        // a replay after both outages returns the first result: the keys and signals survived the store's restart
        List<Key> replayed = byKey.keySet().stream().filter(k -> byKey.get(k).size() > 1
                || Math.floorMod(k.key().hashCode(), 5) == 0).toList();
        for (Key key : replayed) {
            Attempt replay = load.send(key);
            assertThat(replay.status()).as("a replay of %s", replay).isEqualTo(200);
            assertThat(replay.signalId()).as("a replay of key %s", key.key()).isEqualTo(idOfKey.get(key.key()));
        }

        // exactly one signal per key: the listing of this run's window holds the accepted ids and nothing else
        for (Map.Entry<String, String> reporter : REPORTERS.entrySet()) {
            String user = reporter.getKey();
            Set<String> expected = byKey.keySet().stream().filter(k -> k.user().equals(user))
                    .map(k -> idOfKey.get(k.key())).collect(Collectors.toSet());
            Listing listed = listed(gateway, user, reporter.getValue(), window);
            assertThat(listed.total() - before.get(user)).as("new signals of %s = its keys", user)
                    .isEqualTo(expected.size());
            assertThat(listed.ids()).as("the signals listed for %s in this run's window", user)
                    .containsAll(expected).hasSize((int) listed.total());
        }
        assertPlatformHealthy();
    }

    /** The client threads: partners' systems that retry a key until it is accepted. */
    private final class Load {

        private final URI gateway;
        private final Instant window;
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        private final AtomicBoolean stopping = new AtomicBoolean();
        private final AtomicInteger sequence = new AtomicInteger();
        private final ConcurrentLinkedQueue<Attempt> attempts = new ConcurrentLinkedQueue<>();
        private final Map<Key, List<Attempt>> byKey = new java.util.concurrent.ConcurrentHashMap<>();
        private final ExecutorService threads = Executors.newFixedThreadPool(CLIENTS);
        private final List<Future<?>> clients = new ArrayList<>();

        Load(URI gateway, Instant window) {
            this.gateway = gateway;
            this.window = window;
        }

        void start() {
            List<String> users = List.copyOf(REPORTERS.keySet());
            users.forEach(Api::token);
            for (int c = 0; c < CLIENTS; c++) {
                String user = users.get(c % users.size());
                clients.add(threads.submit(() -> client(user)));
            }
        }

        /** Stops sending new keys; every client finishes the key it holds (bounded by its own give-up). */
        void stop() throws Exception {
            stopping.set(true);
            for (Future<?> client : clients) {
                client.get(3, TimeUnit.MINUTES);
            }
            threads.shutdown();
        }

        private Void client(String user) throws InterruptedException {
            while (!stopping.get()) {
                long started = System.nanoTime();
                int n = sequence.getAndIncrement();
                Key key = new Key("fault-" + UUID.randomUUID(), user, body(user, window.plusSeconds(n), n));
                byKey.put(key, new java.util.concurrent.CopyOnWriteArrayList<>());
                untilAccepted(key);
                long pause = PACE.toNanos() - (System.nanoTime() - started);
                if (pause > 0) {
                    TimeUnit.NANOSECONDS.sleep(pause);
                }
            }
            return null;
        }

        /** Like a partner's system: the same key again, with backoff, until 201/200 — or give up after 2 minutes. */
        private void untilAccepted(Key key) throws InterruptedException {
            Instant giveUp = Instant.now().plus(Duration.ofMinutes(2));
            long backoff = 250;
            while (Instant.now().isBefore(giveUp)) {
                Attempt attempt = send(key);
                attempts.add(attempt);
                byKey.get(key).add(attempt);
                if (attempt.accepted()) {
                    return;
                }
                if (attempt.status() > 0 && !List.of(429, 502, 503, 504).contains(attempt.status())) {
                    return; // not a transient failure: a partner would not retry it either (asserted later)
                }
                long wait = backoff;
                if (attempt.retryAfter() != null && attempt.retryAfter().matches("\\d{1,3}")) {
                    wait = Math.max(wait, TimeUnit.SECONDS.toMillis(Long.parseLong(attempt.retryAfter())));
                }
                Thread.sleep(Math.min(wait, MAX_BACKOFF.toMillis()));
                backoff = Math.min(backoff * 2, MAX_BACKOFF.toMillis());
            }
        }

        Attempt send(Key key) {
            HttpRequest request = HttpRequest.newBuilder(gateway.resolve("/api/signals"))
                    .timeout(GATEWAY_BOUND.plusSeconds(15))
                    .header("Authorization", "Bearer " + Api.token(key.user()))
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", key.key())
                    .POST(HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(key.body()))).build();
            Instant sent = Instant.now();
            long start = System.nanoTime();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                long nanos = System.nanoTime() - start;
                String contentType = response.headers().firstValue("Content-Type").orElse(null);
                JsonNode json = null;
                try {
                    json = response.body().isBlank() ? null : Api.JSON.readTree(response.body());
                } catch (RuntimeException notJson) {
                    // kept as status and content type only
                }
                boolean ok = response.statusCode() == 201 || response.statusCode() == 200;
                return new Attempt(key.key(), sent, nanos, response.statusCode(), contentType,
                        !ok && json != null ? json.path("type").asString(null) : null,
                        response.headers().firstValue("Retry-After").orElse(null),
                        ok && json != null ? json.path("id").asString(null) : null, null);
            } catch (IOException e) {
                return new Attempt(key.key(), sent, System.nanoTime() - start, -1, null, null, null, null,
                        e.getClass().getSimpleName());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Attempt(key.key(), sent, System.nanoTime() - start, -1, null, null, null, null,
                        "interrupted");
            }
        }

        /** Waits (bounded) until {@code count} requests sent after {@code since} were accepted. */
        void awaitAccepted(String what, int count, Instant since, Duration atMost) throws InterruptedException {
            awaitCount(what, a -> a.accepted() && !a.sent().isBefore(since), count, atMost);
        }

        void awaitAnswer(String what, Predicate<Attempt> answer, Instant since, Duration atMost)
                throws InterruptedException {
            awaitCount(what, a -> answer.test(a) && !a.sent().isBefore(since), 1, atMost);
        }

        private void awaitCount(String what, Predicate<Attempt> matching, int count, Duration atMost)
                throws InterruptedException {
            Instant deadline = Instant.now().plus(atMost);
            while (attempts.stream().filter(matching).count() < count) {
                if (Instant.now().isAfter(deadline)) {
                    Map<String, Long> seen = attempts.stream().collect(Collectors.groupingBy(
                            a -> a.status() + (a.problemType() != null ? " " + a.problemType() : "")
                                    + (a.error() != null ? " " + a.error() : ""), TreeMap::new, Collectors.counting()));
                    throw new AssertionError("not within " + atMost.toSeconds() + " s: " + what
                            + " (answers so far: " + seen + ")");
                }
                Thread.sleep(200);
            }
        }

        List<Attempt> attempts() {
            return List.copyOf(attempts);
        }

        Map<Key, List<Attempt>> byKey() {
            Map<Key, List<Attempt>> copy = new LinkedHashMap<>();
            byKey.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            return copy;
        }
    }

    private static Map<String, Object> body(String user, Instant observedAt, int n) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("municipalityCode", REPORTERS.get(user));
        body.put("forms", List.of("ARBEID"));
        body.put("sourceType", "PROFESSIONAL");
        body.put("reporter", Map.of("contact", "systeemtest-storing@gemeente.example"));
        body.put("description", "Systeemtest storing " + n + ": melding tijdens een uitval");
        body.put("observedAt", observedAt.toString());
        return body;
    }

    record Listing(long total, Set<String> ids) {
    }

    /** The AF's work list of one municipality within this run's observation window, every page. */
    private static Listing listed(URI gateway, String user, String municipality, Instant window) {
        Set<String> ids = new HashSet<>();
        long total = 0;
        for (int page = 0; ; page++) {
            Api.Response list = Api.get(gateway.resolve("/api/signals?size=100&includeMerged=true&municipalityCode="
                    + municipality + "&observedFrom=" + window + "&observedTo=" + window.plus(Duration.ofHours(2))
                    + "&page=" + page).toString(), user);
            assertThat(list.status()).as("work list of %s: %s", user, list.body()).isEqualTo(200);
            JsonNode json = list.json();
            total = json.path("page").path("totalElements").asLong();
            json.path("items").forEach(item -> ids.add(item.path("id").asString()));
            if (page + 1 >= json.path("page").path("totalPages").asInt(0)) {
                return new Listing(total, ids);
            }
        }
    }

    /** Polls a health endpoint (bounded) until it answers {@code status} with {@code state}; when it did. */
    private static Instant awaitStatus(String url, int status, String state, Duration atMost) {
        return Triage.await(url + " answers " + status + " " + state, atMost, () -> {
            try {
                Api.Response health = Api.get(url, null);
                return health.status() == status && health.body().contains("\"" + state + "\"") ? Instant.now() : null;
            } catch (java.io.UncheckedIOException refused) {
                return null;
            }
        });
    }

    private static void assertPlatformHealthy() {
        // the gateway's actuator listens on its management port (8090), the services' on their own port
        for (int port : List.of(8090, 8081, 8082, 8083, 8084, 8085)) {
            awaitStatus("http://localhost:" + port + "/actuator/health", 200, "UP", RECOVERY);
        }
    }

    private static String pid(String component) throws IOException {
        Path file = RunningPlatform.root().resolve("deploy/local/.run/pids/" + component + ".pid");
        return Files.exists(file) ? Files.readString(file).trim() : "none (" + file + ")";
    }

    private static void report(List<Attempt> attempts, Map<Key, List<Attempt>> byKey, Instant killed,
            Instant serviceBack, Instant storeStopped, Instant storeBack) {
        Map<String, Long> statuses = attempts.stream().collect(Collectors.groupingBy(a -> a.status()
                + (a.error() != null ? " " + a.error() : ""), TreeMap::new, Collectors.counting()));
        long retried = byKey.values().stream().filter(tries -> tries.size() > 1).count();
        long maxMillis = attempts.stream().mapToLong(a -> a.took().toMillis()).max().orElse(0);
        System.out.printf("[FaultToleranceIT] %d keys by %d clients, %d attempts %s; %d keys needed retries; "
                        + "slowest answer %d ms%n", byKey.size(), CLIENTS, attempts.size(), statuses, retried, maxMillis);
        System.out.printf("[FaultToleranceIT] signal-service away %d s (kill to healthy), %d attempts in flight when "
                        + "it was killed; store away %d s, %d attempts in flight when it stopped%n",
                Duration.between(killed, serviceBack).toSeconds(), inFlight(attempts, killed),
                Duration.between(storeStopped, storeBack).toSeconds(), inFlight(attempts, storeStopped));
        firstAccepted(attempts, serviceBack).ifPresent(a -> System.out.printf(
                "[FaultToleranceIT] first intake accepted %d ms after signal-service was healthy again%n",
                Duration.between(serviceBack, a.answered()).toMillis()));
        firstAccepted(attempts, storeBack).ifPresent(a -> System.out.printf(
                "[FaultToleranceIT] first intake accepted %d ms after the store was back%n",
                Duration.between(storeBack, a.answered()).toMillis()));
    }

    private static long inFlight(List<Attempt> attempts, Instant at) {
        return attempts.stream().filter(a -> a.sent().isBefore(at) && a.answered().isAfter(at)).count();
    }

    private static java.util.Optional<Attempt> firstAccepted(List<Attempt> attempts, Instant after) {
        return attempts.stream().filter(a -> a.accepted() && a.answered().isAfter(after))
                .min(java.util.Comparator.comparing(Attempt::answered));
    }
}
