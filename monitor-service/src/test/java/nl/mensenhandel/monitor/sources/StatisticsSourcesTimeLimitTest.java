package nl.mensenhandel.monitor.sources;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static nl.mensenhandel.monitor.sources.StatisticsSourcesContractTest.PATHS;
import static nl.mensenhandel.monitor.sources.StatisticsSourcesContractTest.REGION;
import static nl.mensenhandel.monitor.sources.StatisticsSourcesContractTest.statistics;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;

import nl.mensenhandel.platform.client.ServiceAccountTokens;
import nl.mensenhandel.platform.config.Secrets;

/**
 * The configured time limit is the one applied, not Spring Cloud's 1 s default: with
 * {@code resilience4j.timelimiter.configs.default.timeout-duration=4s} an answer after 1.5 s is used.
 */
@SpringBootTest(properties = "resilience4j.timelimiter.configs.default.timeout-duration=4s")
@ActiveProfiles(Secrets.LOCAL_PROFILE)
class StatisticsSourcesTimeLimitTest {

    static final WireMockServer SERVICES = new WireMockServer(wireMockConfig().dynamicPort());

    static {
        SERVICES.start();
    }

    @AfterAll
    static void stop() {
        SERVICES.stop();
    }

    @DynamicPropertySource
    static void endpoints(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", StatisticsSourcesContractTest.MONGO::uri);
        for (String service : PATHS.keySet()) {
            registry.add("monitor.sources." + service + ".url", SERVICES::baseUrl);
        }
    }

    @TestConfiguration
    static class KeycloakOnWireMock {
        @Bean
        @Primary
        ServiceAccountTokens wireMockServiceAccountTokens(Clock clock) {
            return new ServiceAccountTokens(SERVICES.baseUrl() + "/realms/mensenhandel", "monitor-service",
                    "monitor-service-demo-secret", clock);
        }
    }

    @Autowired
    StatisticsSources sources;

    @Test
    void aSlowAnswerWithinTheConfiguredLimitIsUsed() {
        SERVICES.resetAll();
        SERVICES.stubFor(post(urlEqualTo(StatisticsSourcesContractTest.TOKEN_PATH)).willReturn(okJson(
                "{\"access_token\":\"t\",\"expires_in\":1,\"token_type\":\"Bearer\"}")));
        PATHS.forEach((service, path) -> SERVICES.stubFor(get(urlPathEqualTo(path))
                .willReturn(okJson(statistics(service)).withFixedDelay(service.startsWith("care") ? 1500 : 0))));

        GatheredStatistics gathered = sources.gather(REGION).block(Duration.ofSeconds(10));

        assertThat(gathered.from("care-coordination-service").orElseThrow().available()).isTrue();
    }
}
