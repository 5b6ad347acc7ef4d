package nl.mensenhandel.gateway.ratelimit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import nl.mensenhandel.gateway.support.FakeBackends;
import nl.mensenhandel.gateway.support.TestTokens;

/**
 * {@code gateway.rate-limit.store=redis} plugs in Spring Cloud Gateway's {@link RedisRateLimiter} (no Redis
 * runs here: the configured address is a closed port). The limiter then fails open, as designed, and
 * the gateway's health stays UP: a Redis outage must not stop the platform.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gateway.rate-limit.store=redis",
        "spring.data.redis.timeout=1s",
        "spring.data.redis.connect-timeout=1s",
        // the limiter logs every failed Redis call with a stack trace; expected here
        "logging.level.org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter=OFF",
        "logging.level.io.netty.util.concurrent.DefaultPromise=OFF" })
class RedisRateLimitStoreTest {

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        FakeBackends.register(registry);
        int closed = FakeBackends.closedPort();
        registry.add("REDIS_URL", () -> "redis://127.0.0.1:" + closed);
    }

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    ApplicationContext context;

    @Test
    void redisStoreUsesTheRedisRateLimiterAndFailsOpenWithoutRedis() {
        assertThat(context.getBeansOfType(RateLimiter.class).values())
                .singleElement().isInstanceOf(RedisRateLimiter.class);
        // the public routes' stricter limit (application.yml defaults) is that store's route configuration too
        RedisRateLimiter.Config publicLimit = context.getBean(RedisRateLimiter.class).getConfig()
                .get("signal-service-public");
        assertThat(publicLimit.getReplenishRate()).isEqualTo(1);
        assertThat(publicLimit.getBurstCapacity()).isEqualTo(5);

        FakeBackends.service("triage-service").stubFor(any(urlPathMatching("/api/.*"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{}")));
        WebTestClient http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        http.get().uri("/api/cases").headers(h -> h.setBearerAuth(TestTokens.valid())).exchange()
                .expectStatus().isOk();
        WebTestClient.bindToServer().baseUrl("http://localhost:" + managementPort).build()
                .get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }
}
