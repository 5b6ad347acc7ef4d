package nl.mensenhandel.signal.anonymous;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.verify;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import nl.mensenhandel.platform.config.Secrets;
import nl.mensenhandel.signal.AnonymousIntakeFixture;
import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.testing.EmbeddedMongo;
import nl.mensenhandel.platform.testing.TestJwts;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import nl.mensenhandel.signal.signal.SecretHasher;
import nl.mensenhandel.signal.signal.Signal;

/** Issue 6 §5: the public intake and status check withstand strangers, guessers and races. */
@SpringBootTest
@ActiveProfiles(Secrets.LOCAL_PROFILE)
class AnonymousReportingApiTest {

    static final EmbeddedMongo MONGO = EmbeddedMongo.start();

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", MONGO::uri);
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    AnonymousStatusCheck statusCheck;

    @MockitoSpyBean
    SecretHasher hasher;

    WebTestClient web;
    final Set<String> hashingThreads = ConcurrentHashMap.newKeySet();

    @BeforeEach
    void client() {
        web = TestJwts.client(context);
        AnonymousIntakeFixture.open(mongo, "GM0479");
        doAnswer(invocation -> {
            hashingThreads.add(Thread.currentThread().getName());
            return invocation.callRealMethod();
        }).when(hasher).hash(anyString(), anyString());
    }

    @AfterEach
    void reset() {
        clearInvocations(hasher);
        hashingThreads.clear();
    }

    static Map<String, Object> report(String description) {
        return Map.of("municipalityCode", "GM0479", "description", description,
                "observedAt", "2026-11-01T10:00:00Z", "forms", List.of("ARBEID"));
    }

    WebTestClient.ResponseSpec post(String uri, Object body, String... headers) {
        var request = web.post().uri(uri).contentType(MediaType.APPLICATION_JSON);
        for (int i = 0; i < headers.length; i += 2) {
            request = request.header(headers[i], headers[i + 1]);
        }
        return request.bodyValue(body).exchange();
    }

    Map<String, Object> receipt(Object body, String... headers) {
        return post("/api/public/anonymous-signals", body, headers).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    WebTestClient.ResponseSpec status(String caseCode, String secret, String clientAddress) {
        return post("/api/public/signal-status", Map.of("caseCode", caseCode, "secret", secret),
                "X-Forwarded-For", clientAddress);
    }

    @Test
    void aStrangerCannotLockTheResidentOutTheLockIsPerCaseCodeAndAddress() {
        Map<String, Object> receipt = receipt(report("x " + UUID.randomUUID()));
        String caseCode = receipt.get("caseCode").toString();
        String secret = receipt.get("secret").toString();

        for (int i = 0; i < 5; i++) {
            status(caseCode, "guess-" + i + "-xxxx", "203.0.113.5").expectStatus().isNotFound();
        }
        status(caseCode, secret, "203.0.113.5").expectStatus().isEqualTo(429);
        // a forged first X-Forwarded-For element does not help: the last one (set by the gateway) counts
        status(caseCode, secret, "198.51.100.7, 203.0.113.5").expectStatus().isEqualTo(429);
        // the resident, from their own address, still gets the status
        status(caseCode, secret, "198.51.100.7").expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("ONTVANGEN");
    }

    @Test
    void concurrentWrongAttemptsAreEachCountedOnce() {
        String caseCode = receipt(report("x " + UUID.randomUUID())).get("caseCode").toString();
        String address = "192.0.2." + (int) (Math.random() * 250);

        List<String> answers = Flux.range(0, 12)
                .flatMap(i -> statusCheck.check(caseCode, "wrong-secret-" + i, address).map(s -> "OK")
                        .onErrorResume(ApiProblem.class, p -> Mono.just(p.type().name())), 12)
                .collectList().block();

        long notFound = answers.stream().filter("NOT_FOUND"::equals).count();
        assertThat(notFound).isGreaterThanOrEqualTo(StatusCheckAttempts.MAX_FAILURES);
        StatusCheckAttempt counted = mongo.findById(StatusCheckAttempts.key(caseCode, address), StatusCheckAttempt.class)
                .block();
        assertThat(counted.failures()).isEqualTo(notFound);
        assertThat(answers).allMatch(a -> a.equals("NOT_FOUND") || a.equals("RATE_LIMITED"));
    }

    @Test
    void anUnknownCaseCodeCostsTheSamePbkdf2WorkAndIsCountedLikeAKnownOne() {
        status("MH-ZZZZ-ZZZ9", "unknown-code-secret", "192.0.2.200").expectStatus().isNotFound();

        verify(hasher, atLeastOnce()).hash(eq("unknown-code-secret"), anyString());
        for (int i = 0; i < 4; i++) {
            status("MH-ZZZZ-ZZZ9", "unknown-code-secret", "192.0.2.200").expectStatus().isNotFound();
        }
        // an unknown code locks like a known one, so the lock-out does not tell which codes exist either
        status("MH-ZZZZ-ZZZ9", "unknown-code-secret", "192.0.2.200").expectStatus().isEqualTo(429);
    }

    @Test
    void pbkdf2RunsOffTheEventLoopAtIntakeAndAtTheStatusCheck() {
        Map<String, Object> receipt = receipt(report("x " + UUID.randomUUID()));
        status(receipt.get("caseCode").toString(), receipt.get("secret").toString(), "192.0.2.201")
                .expectStatus().isOk();

        assertThat(hashingThreads).isNotEmpty()
                .allSatisfy(thread -> assertThat(thread).startsWith(SecretHasher.SCHEDULER_NAME));
    }

    @Test
    void theCaseCodeIsUniqueACollisionIsStoredWithAnotherCode() {
        String taken = receipt(report("x " + UUID.randomUUID())).get("caseCode").toString();
        doReturn(taken).doCallRealMethod().when(hasher).newCaseCode();

        String second = receipt(report("y " + UUID.randomUUID())).get("caseCode").toString();

        assertThat(second).isNotEqualTo(taken).matches("MH-[A-Z0-9]{4}-[A-Z0-9]{4}");
        assertThat(mongo.count(new Query(Criteria.where("anonymousAccess.caseCode").is(taken)), Signal.class).block())
                .isEqualTo(1);
    }

    @Test
    void aStrangerCannotSquatAnAnonymousIdempotencyKeyAndAReplayNeverShowsTheSecret() {
        String key = "anon-" + UUID.randomUUID();
        Map<String, Object> residentsReport = report("resident " + UUID.randomUUID());
        // a stranger who learnt the key sends it first, with another report
        Map<String, Object> stranger = receipt(report("stranger " + UUID.randomUUID()), "Idempotency-Key", key);

        Map<String, Object> resident = receipt(residentsReport, "Idempotency-Key", key);
        assertThat(resident.get("caseCode")).isNotEqualTo(stranger.get("caseCode"));
        assertThat(resident.get("secret")).isNotNull();

        // whoever repeats the resident's request gets the case code back, never the secret
        post("/api/public/anonymous-signals", residentsReport, "Idempotency-Key", key).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.caseCode").isEqualTo(resident.get("caseCode"))
                .jsonPath("$.replayed").isEqualTo(true)
                .jsonPath("$.secret").doesNotExist();
        // (the description is encrypted at rest: count by the case code)
        assertThat(mongo.count(new Query(Criteria.where("anonymousAccess.caseCode").is(resident.get("caseCode"))),
                Signal.class).block()).isEqualTo(1);
    }
}
