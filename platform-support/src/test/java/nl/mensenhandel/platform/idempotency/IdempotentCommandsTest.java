package nl.mensenhandel.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;

import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.testing.EmbeddedMongo;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;

class IdempotentCommandsTest {

    record Thing(@Id String id, String name) {
    }

    record Request(String name) {
    }

    private static final EmbeddedMongo MONGO = EmbeddedMongo.start();
    private static final MongoClient CLIENT = MongoClients.create(MONGO.uri());

    private final ReactiveMongoTemplate mongo = new ReactiveMongoTemplate(CLIENT, "idem-" + UUID.randomUUID());
    private final IdempotentCommands commands = new IdempotentCommands(mongo, JsonMapper.builder().build(),
            Clock.systemUTC());
    private final AtomicInteger creates = new AtomicInteger();

    @AfterAll
    static void stop() {
        CLIENT.close();
        MONGO.stop();
    }

    @BeforeEach
    void clean() {
        creates.set(0);
    }

    private Mono<IdempotentOutcome<Thing>> run(String key, Request request) {
        return commands.run("region|subject|things.create", key, request,
                id -> {
                    creates.incrementAndGet();
                    return mongo.insert(new Thing(id, request.name()));
                },
                id -> mongo.findById(id, Thing.class));
    }

    private long things() {
        return mongo.count(new Query(), Thing.class).block();
    }

    @Test
    void aRetryWithTheSameKeyReturnsTheFirstResultAndCreatesNothingNew() {
        IdempotentOutcome<Thing> first = run("key-1", new Request("a")).block();
        IdempotentOutcome<Thing> retry = run("key-1", new Request("a")).block();

        assertThat(first.created()).isTrue();
        assertThat(retry.created()).isFalse();
        assertThat(retry.resource().id()).isEqualTo(first.resource().id());
        assertThat(creates).hasValue(1);
        assertThat(things()).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsAConflict() {
        run("key-2", new Request("a")).block();

        StepVerifier.create(run("key-2", new Request("b")))
                .expectErrorSatisfies(e -> assertThat(((ApiProblem) e).type())
                        .isEqualTo(ProblemType.IDEMPOTENCY_KEY_REUSED))
                .verify();
        assertThat(things()).isEqualTo(1);
    }

    @Test
    void withoutAKeyEveryCallCreates() {
        run(null, new Request("a")).block();
        run(null, new Request("a")).block();

        assertThat(things()).isEqualTo(2);
    }

    @Test
    void aKeyStoredByAnAttemptThatDiedBeforeWritingFinishesTheWorkWithTheSameId() {
        // the first attempt stored its key and resource id, then crashed before the resource was written
        String reservedId = UUID.randomUUID().toString();
        String fingerprint = commands.fingerprint(new Request("a"));
        mongo.insert(new IdempotencyRecord("region|subject|things.create|key-3", fingerprint, reservedId,
                java.time.Instant.now())).block();

        IdempotentOutcome<Thing> retry = run("key-3", new Request("a")).block();

        assertThat(retry.created()).isTrue();
        assertThat(retry.resource().id()).isEqualTo(reservedId);
        assertThat(things()).isEqualTo(1);
    }

    @Test
    void aRetryWhileTheFirstAttemptIsStillWritingCreatesNothingTwice() throws Exception {
        // a client gave up on a slow first attempt (e.g. the gateway's time limit while a service restarted) and
        // retried: both attempts now try to write the resource with the reserved id; the store's unique _id lets one
        // win, the other answers with what the winner wrote
        reactor.core.publisher.Sinks.Empty<Void> firstMayWrite = reactor.core.publisher.Sinks.empty();
        Request request = new Request("slow");
        Mono<IdempotentOutcome<Thing>> first = commands.run("region|subject|things.create", "key-race", request,
                id -> firstMayWrite.asMono().then(mongo.insert(new Thing(id, request.name()))),
                id -> mongo.findById(id, Thing.class));
        java.util.concurrent.CompletableFuture<IdempotentOutcome<Thing>> firstOutcome = first.toFuture();
        // the key is reserved before the first attempt waits
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(5).toNanos();
        while (mongo.count(new Query(), IdempotencyRecord.class).block() == 0) {
            assertThat(System.nanoTime()).as("the first attempt reserved its key").isLessThan(deadline);
            Thread.onSpinWait();
        }

        IdempotentOutcome<Thing> retry = run("key-race", request).block();
        firstMayWrite.tryEmitEmpty();
        IdempotentOutcome<Thing> firstAnswer = firstOutcome.get(5, java.util.concurrent.TimeUnit.SECONDS);

        assertThat(firstAnswer.resource().id()).as("the first attempt answers with the same resource")
                .isEqualTo(retry.resource().id());
        assertThat(List.of(firstAnswer.created(), retry.created())).containsExactlyInAnyOrder(true, false);
        assertThat(things()).isEqualTo(1);
    }

    @Test
    void anOversizedKeyIsAValidationProblemNamingTheHeader() {
        StepVerifier.create(run("k".repeat(201), new Request("a")))
                .expectErrorSatisfies(e -> assertThat(((ApiProblem) e).errors())
                        .extracting(f -> f.field()).containsExactly("Idempotency-Key"))
                .verify();
    }

    private Mono<IdempotentOutcome<Thing>> runAnonymously(String key, Request request) {
        return commands.runScopedByRequest("public|things.create", key, request,
                id -> mongo.insert(new Thing(id, request.name())), id -> mongo.findById(id, Thing.class));
    }

    @Test
    void anAnonymousKeySentFirstWithAnotherBodyCannotBeSquatted() {
        IdempotentOutcome<Thing> stranger = runAnonymously("shared-key", new Request("stranger")).block();
        IdempotentOutcome<Thing> resident = runAnonymously("shared-key", new Request("resident")).block();
        IdempotentOutcome<Thing> retry = runAnonymously("shared-key", new Request("resident")).block();

        assertThat(resident.created()).isTrue();
        assertThat(resident.resource().id()).isNotEqualTo(stranger.resource().id());
        assertThat(retry.created()).isFalse();
        assertThat(retry.resource().id()).isEqualTo(resident.resource().id());
    }

    @Test
    void retentionDeletesKeysUsedBeforeTheCutoffOnly() {
        java.time.Instant now = java.time.Instant.parse("2026-11-01T00:00:00Z");
        mongo.insert(new IdempotencyRecord("old|" + UUID.randomUUID(), "f", "r", now.minusSeconds(100))).block();
        String recent = "recent|" + UUID.randomUUID();
        mongo.insert(new IdempotencyRecord(recent, "f", "r", now)).block();

        assertThat(commands.deleteUsedBefore(now.minusSeconds(10)).block()).isGreaterThanOrEqualTo(1);
        assertThat(mongo.findById(recent, IdempotencyRecord.class).block()).isNotNull();
        assertThat(mongo.count(new Query(org.springframework.data.mongodb.core.query.Criteria.where("createdAt")
                .lt(now.minusSeconds(10))), IdempotencyRecord.class).block()).isZero();
    }

    @Test
    void theFingerprintDoesNotDependOnTheIterationOrderOfSets() {
        record Tagged(java.util.Collection<String> forms, Map<String, Integer> extra) {
        }
        var ordered = new Tagged(new java.util.LinkedHashSet<>(List.of("ARBEID", "SEKSUEEL", "CRIMINEEL")),
                new java.util.LinkedHashMap<>(Map.of("a", 1)));
        var reversed = new Tagged(new java.util.LinkedHashSet<>(List.of("CRIMINEEL", "SEKSUEEL", "ARBEID")),
                new java.util.LinkedHashMap<>(Map.of("a", 1)));
        var other = new Tagged(List.of("ARBEID"), Map.of("a", 1));

        assertThat(commands.fingerprint(ordered)).isEqualTo(commands.fingerprint(reversed));
        assertThat(commands.fingerprint(ordered)).isNotEqualTo(commands.fingerprint(other));
    }

}
