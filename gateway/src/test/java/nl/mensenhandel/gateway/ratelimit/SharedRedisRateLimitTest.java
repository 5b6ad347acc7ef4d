package nl.mensenhandel.gateway.ratelimit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import nl.mensenhandel.gateway.GatewayApplication;
import nl.mensenhandel.gateway.support.FakeBackends;
import nl.mensenhandel.gateway.support.RedisServerProcess;
import nl.mensenhandel.gateway.support.TestTokens;

/**
 * Two gateway instances (as the two replicas in Kubernetes) against one real Redis server
 * ({@code gateway.rate-limit.store=redis}): a client's budget is one budget, whichever replica it reaches.
 * When Redis dies the limiter fails open: requests pass and health stays UP.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SharedRedisRateLimitTest {

    private static final int BURST = 6;

    static RedisServerProcess redis;
    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;

    @BeforeAll
    static void startRedisAndTwoGateways() {
        redis = RedisServerProcess.start();
        FakeBackends.service("signal-service").stubFor(any(urlPathMatching("/api/.*"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{}")));
        first = startGateway();
        second = startGateway();
    }

    @AfterAll
    static void stop() {
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
        if (redis != null) {
            redis.close();
        }
    }

    @Test
    @Order(1)
    void bothInstancesUseTheRedisLimiter() {
        for (ConfigurableApplicationContext gateway : new ConfigurableApplicationContext[] { first, second }) {
            assertThat(gateway.getBeansOfType(RateLimiter.class).values())
                    .singleElement().isInstanceOf(RedisRateLimiter.class);
        }
    }

    @Test
    @Order(2)
    void theSecondInstanceSeesWhatTheFirstConsumed() {
        String client = TestTokens.valid("field-tool", "shared-redis-1");

        // the first replica takes the whole burst
        for (int i = 0; i < BURST; i++) {
            get(first, client).expectStatus().isOk();
        }

        // the second replica has no budget of its own: it denies the same client within a try or two (one
        // token per second comes back), long before a fresh bucket of BURST would run dry
        int passedOnSecond = 0;
        EntityExchangeResult<byte[]> denied = null;
        for (int i = 0; i < BURST && denied == null; i++) {
            EntityExchangeResult<byte[]> result = get(second, client).expectBody().returnResult();
            if (result.getStatus().value() == 429) {
                denied = result;
            } else {
                passedOnSecond++;
            }
        }
        assertThat(denied).as("429 on the second instance after the first one used the burst").isNotNull();
        assertThat(passedOnSecond).as("requests the second instance let through").isLessThan(BURST / 2);
        assertThat(denied.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(denied.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
        assertThat(new String(denied.getResponseBody()))
                .contains("\"type\":\"urn:mensenhandel:problem:rate-limited\"")
                .contains("\"status\":429");

        // another client has its own budget on either replica
        get(second, TestTokens.valid("field-tool", "shared-redis-2")).expectStatus().isOk()
                .expectHeader().valueEquals("X-RateLimit-Burst-Capacity", String.valueOf(BURST));
    }

    @Test
    @Order(3)
    void whenRedisDiesTheLimiterFailsOpen() {
        redis.close();
        assertThat(redis.isAlive()).isFalse();
        String client = TestTokens.valid("field-tool", "shared-redis-3");
        // more requests than any budget allows, yet all pass: an outage of Redis does not stop the platform
        for (int i = 0; i < BURST + 2; i++) {
            get(first, client).expectStatus().isOk();
        }
        get(second, client).expectStatus().isOk();
        managementClient(first).get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    private static ConfigurableApplicationContext startGateway() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("server.port", 0);
        // the gateway's actuator has its own port (8090 by default): a free one per instance
        properties.put("management.server.port", 0);
        properties.put("platform.security.issuer-uri", TestTokens.ISSUER);
        properties.put("platform.security.jwk-set-uri", FakeBackends.KEYCLOAK.baseUrl() + FakeBackends.JWKS_PATH);
        FakeBackends.SERVICE_URL_VARIABLES.forEach((routeId, variable) ->
                properties.put(variable, FakeBackends.service(routeId).baseUrl()));
        properties.put("gateway.rate-limit.store", "redis");
        properties.put("gateway.rate-limit.replenish-rate", 1);
        properties.put("gateway.rate-limit.burst-capacity", BURST);
        properties.put("REDIS_URL", redis.url());
        // a dead Redis must be noticed quickly, as in production (the limiter then lets requests pass)
        properties.put("spring.data.redis.timeout", "500ms");
        properties.put("spring.data.redis.connect-timeout", "500ms");
        // the limiter logs every failed Redis call with a stack trace; expected in the outage test
        properties.put("logging.level.org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter", "OFF");
        properties.put("logging.level.io.netty.util.concurrent.DefaultPromise", "OFF");
        // as command-line arguments: those win over application.yml (default properties would not)
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(GatewayApplication.class).run(args);
    }

    private static WebTestClient client(ConfigurableApplicationContext gateway) {
        int port = ((WebServerApplicationContext) gateway).getWebServer().getPort();
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    private static WebTestClient managementClient(ConfigurableApplicationContext gateway) {
        String port = gateway.getEnvironment().getProperty("local.management.port");
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    private static WebTestClient.ResponseSpec get(ConfigurableApplicationContext gateway, String token) {
        return client(gateway).get().uri("/api/signals").headers(h -> h.setBearerAuth(token)).exchange();
    }
}
