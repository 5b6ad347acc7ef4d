package nl.mensenhandel.monitor.sources;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
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
import nl.mensenhandel.platform.testing.EmbeddedMongo;

/**
 * The generated statistics clients against the contracts' paths: WireMock plays the four services and Keycloak's
 * token endpoint. Each service is asked with monitor-service's service-account token and the region; one service
 * failing or too slow leaves the others' statistics there and marks only that one unavailable, in bounded time.
 */
@SpringBootTest(properties = {
        // an outage in one test must not open a breaker for the next
        "resilience4j.circuitbreaker.configs.default.minimum-number-of-calls=1000",
        "resilience4j.timelimiter.configs.default.timeout-duration=1s" })
@ActiveProfiles(Secrets.LOCAL_PROFILE)
class StatisticsSourcesContractTest {

    static final WireMockServer SERVICES = new WireMockServer(wireMockConfig().dynamicPort());
    static final EmbeddedMongo MONGO = EmbeddedMongo.start();
    static final String REGION = "zaanstreek-waterland";
    static final String SERVICE_TOKEN = "access-token-of-monitor-service";
    static final String TOKEN_PATH = "/realms/mensenhandel/protocol/openid-connect/token";
    static final Map<String, String> PATHS = Map.of("signal-service", "/api/signals/statistics", "triage-service",
            "/api/triage/statistics", "care-coordination-service", "/api/care/statistics", "enforcement-service",
            "/api/enforcement/statistics");

    static {
        SERVICES.start();
    }

    @DynamicPropertySource
    static void endpoints(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", MONGO::uri);
        for (String service : PATHS.keySet()) {
            registry.add("monitor.sources." + service + ".url", SERVICES::baseUrl);
        }
    }

    @AfterAll
    static void stop() {
        SERVICES.stop();
    }

    /** The service account fetches its token from "Keycloak" (WireMock): the real client-credentials call. */
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

    /** expires_in 1: under the 30 s refresh margin, so every gathering fetches a token (no cache between tests). */
    @BeforeEach
    void servicesUp() {
        SERVICES.resetAll();
        SERVICES.stubFor(post(urlEqualTo(TOKEN_PATH)).willReturn(okJson(
                "{\"access_token\":\"" + SERVICE_TOKEN + "\",\"expires_in\":1,\"token_type\":\"Bearer\"}")));
        PATHS.forEach((service, path) -> SERVICES.stubFor(get(urlPathEqualTo(path))
                .withQueryParam("region", equalTo(REGION))
                .willReturn(okJson(statistics(service)))));
    }

    static String statistics(String service) {
        return """
                {"region":"zaanstreek-waterland","asOf":"2026-11-23T12:00:00Z",
                 "cells":[{"measure":"M_%s","dimensions":{"year":"2026","quarter":"4","municipalityCode":"GM0479"},"count":7}],
                 "durations":[{"measure":"D","dimensions":{"year":"2026"},"count":6,"medianDays":12.5}],
                 "definitions":[{"measure":"M_%s","definition":"what %s counts","dimensions":["year"]}]}
                """.formatted(service.length(), service.length(), service);
    }

    @Test
    void everyServiceIsAskedWithTheServiceAccountsTokenForTheRegion() {
        GatheredStatistics gathered = sources.gather(REGION).block(Duration.ofSeconds(10));

        assertThat(gathered.region()).isEqualTo(REGION);
        assertThat(gathered.sources()).extracting(SourceResult::source).containsExactly("signal-service",
                "triage-service", "care-coordination-service", "enforcement-service");
        assertThat(gathered.sources()).allMatch(SourceResult::available);
        SourceResult signals = gathered.from("signal-service").orElseThrow();
        assertThat(signals.cells()).containsExactly(new StatisticsCount("M_14",
                Map.of("year", "2026", "quarter", "4", "municipalityCode", "GM0479"), 7));
        assertThat(signals.durations()).containsExactly(new MedianDuration("D", Map.of("year", "2026"), 6, 12.5));
        assertThat(signals.definitions()).containsEntry("M_14", "what signal-service counts");
        assertThat(signals.asOf()).isEqualTo("2026-11-23T12:00:00Z");
        PATHS.values().forEach(path -> SERVICES.verify(getRequestedFor(urlPathEqualTo(path))
                .withQueryParam("region", equalTo(REGION))
                .withHeader("Authorization", equalTo("Bearer " + SERVICE_TOKEN))));
    }

    @Test
    void oneServiceDownLeavesTheOthersThere() {
        SERVICES.stubFor(get(urlPathEqualTo(PATHS.get("triage-service")))
                .willReturn(aResponse().withStatus(503)));

        GatheredStatistics gathered = sources.gather(REGION).block(Duration.ofSeconds(10));

        SourceResult triage = gathered.from("triage-service").orElseThrow();
        assertThat(triage.available()).isFalse();
        assertThat(triage.cells()).isEmpty();
        assertThat(triage.detail()).contains("503");
        assertThat(gathered.sources()).filteredOn(SourceResult::available).extracting(SourceResult::source)
                .containsExactly("signal-service", "care-coordination-service", "enforcement-service");
    }

    @Test
    void aServiceThatDoesNotAnswerInTimeIsMarkedUnavailableWithoutHoldingUpTheAnswer() {
        SERVICES.stubFor(get(urlPathEqualTo(PATHS.get("care-coordination-service")))
                .willReturn(okJson(statistics("care-coordination-service")).withFixedDelay(2500)));

        GatheredStatistics gathered = sources.gather(REGION).block(Duration.ofSeconds(10));

        assertThat(gathered.from("care-coordination-service").orElseThrow().available()).isFalse();
        assertThat(gathered.from("care-coordination-service").orElseThrow().detail()).isEqualTo("no answer in time");
        assertThat(gathered.from("signal-service").orElseThrow().available()).isTrue();
    }

    @Test
    void withoutATokenNoServiceIsCalledAndAllAreMarkedUnavailable() {
        SERVICES.stubFor(post(urlEqualTo(TOKEN_PATH)).willReturn(aResponse().withStatus(401)));

        GatheredStatistics gathered = sources.gather(REGION).block(Duration.ofSeconds(10));

        assertThat(gathered.sources()).noneMatch(SourceResult::available);
        PATHS.values().forEach(path -> SERVICES.verify(0, getRequestedFor(urlPathEqualTo(path))));
    }
}
