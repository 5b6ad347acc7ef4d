package nl.mensenhandel.platform.testing;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import nl.mensenhandel.platform.config.Secrets;

/**
 * Base of a service's API test: the whole service on a random port against the {@link EmbeddedMongo}
 * store, with two clients made fresh before each test.
 * <ul>
 * <li>{@link #http}: plain HTTP to the running server, no token (401s, health);</li>
 * <li>{@link #api}: bound to the application context with Spring Security's test support, so
 * {@code api.mutateWith(TestJwts.user(...))} authenticates while the service's own security chain runs.</li>
 * </ul>
 * The subclass's own {@code @BeforeEach} runs after the clients are made. Pair with
 * {@link ProblemAssertions} for the 401/403/400/health checks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(Secrets.LOCAL_PROFILE)
public abstract class ApiTestSupport {

    protected static final EmbeddedMongo MONGO = EmbeddedMongo.start();

    @DynamicPropertySource
    static void embeddedStore(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", MONGO::uri);
    }

    @LocalServerPort
    private int port;

    @Autowired
    private ApplicationContext context;

    protected WebTestClient http;
    protected WebTestClient api;

    @BeforeEach
    void createClients() {
        http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        api = TestJwts.client(context);
    }
}
