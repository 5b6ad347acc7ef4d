package nl.mensenhandel.signal.anonymous;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import nl.mensenhandel.platform.config.Secrets;
import nl.mensenhandel.platform.testing.EmbeddedMongo;
import nl.mensenhandel.signal.AnonymousIntakeFixture;
import nl.mensenhandel.signal.signal.SecretHasher;

/**
 * PBKDF2 off the event loop, on the real HTTP server (Reactor Netty): requests are handled on its event-loop
 * threads, so a hash computed in the handler's own thread would run there — and {@link SecretHasher} refuses
 * that (500). Every hash of intake, status check and an unknown case code's dummy check must run on the hashing
 * scheduler.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(Secrets.LOCAL_PROFILE)
class HashingOffTheEventLoopServerTest {

    static final EmbeddedMongo MONGO = EmbeddedMongo.start();

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", MONGO::uri);
    }

    @LocalServerPort
    int port;

    @Autowired
    ReactiveMongoTemplate mongo;

    @MockitoSpyBean
    SecretHasher hasher;

    final Set<String> hashingThreads = ConcurrentHashMap.newKeySet();
    WebTestClient web;

    @BeforeEach
    void setUp() {
        web = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        AnonymousIntakeFixture.open(mongo, "GM0479");
        doAnswer(invocation -> {
            hashingThreads.add(Thread.currentThread().getName());
            return invocation.callRealMethod();
        }).when(hasher).hash(anyString(), anyString());
    }

    @Test
    void everyPbkdf2HashOfTheServedPublicCallsRunsOnTheHashingScheduler() {
        Map<?, ?> receipt = web.post().uri("/api/public/anonymous-signals").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("municipalityCode", "GM0479", "forms", List.of("ARBEID"),
                        "description", "Hashtest " + UUID.randomUUID(), "observedAt", "2026-11-01T10:00:00Z"))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        web.post().uri("/api/public/signal-status").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("caseCode", receipt.get("caseCode"), "secret", receipt.get("secret")))
                .exchange().expectStatus().isOk();
        web.post().uri("/api/public/signal-status").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("caseCode", "MH-ZZZZ-ZZZ8", "secret", "unknown-code-secret"))
                .exchange().expectStatus().isNotFound();

        assertThat(hashingThreads).as("threads that computed PBKDF2").hasSizeGreaterThanOrEqualTo(1)
                .allSatisfy(thread -> assertThat(thread).startsWith(SecretHasher.SCHEDULER_NAME)
                        .doesNotContain("reactor-http").doesNotContain("parallel"));
    }
}
