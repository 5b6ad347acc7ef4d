package nl.mensenhandel.enforcement.commands;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;

import nl.mensenhandel.platform.client.ServiceAccountTokens;
import nl.mensenhandel.platform.config.Secrets;
import nl.mensenhandel.platform.outbox.Outbox;
import nl.mensenhandel.platform.outbox.OutboxDispatcher;
import nl.mensenhandel.platform.outbox.OutboxDispatcher.Pass;
import nl.mensenhandel.platform.outbox.OutboxEntry;
import nl.mensenhandel.platform.testing.EmbeddedMongo;

/**
 * enforcement-service's outbox (issue 10): WireMock plays signal-service ({@code receiveInspectionSignal}),
 * care-coordination-service ({@code receiveEmergencyHousingRequest}) and Keycloak's token endpoint, so the
 * generated clients are checked against the contracts' paths, headers and bodies. A finding's signal and a
 * measure's emergency-housing request go out once with the service account's token and the entry id as
 * Idempotency-Key, and are recorded AFGELEVERD afterwards; a receiver's outage delays the command, never drops it.
 * The dispatcher's schedule is off and its backoff zero: each test runs the passes itself.
 */
@SpringBootTest(properties = { "platform.outbox.enabled=false", "platform.outbox.backoff.initial=PT0S",
        // an outage in one test must not open a breaker for the next
        "resilience4j.circuitbreaker.configs.command-receiver.minimum-number-of-calls=1000" })
@ActiveProfiles(Secrets.LOCAL_PROFILE)
class CommandDeliveryContractTest {

    static final WireMockServer NEIGHBOURS = new WireMockServer(wireMockConfig().dynamicPort());
    static final EmbeddedMongo MONGO = EmbeddedMongo.start();
    static final String REGION = "zaanstreek-waterland";
    static final String SERVICE_TOKEN = "access-token-of-enforcement-service";
    static final String TOKEN_PATH = "/realms/mensenhandel/protocol/openid-connect/token";
    static final String SIGNALS = "/api/signals/from-inspections";
    static final String HOUSING = "/api/care/emergency-housing-requests";

    static {
        NEIGHBOURS.start();
    }

    @DynamicPropertySource
    static void endpoints(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", MONGO::uri);
        registry.add("intake.url", NEIGHBOURS::baseUrl);
        registry.add("careRequests.url", NEIGHBOURS::baseUrl);
    }

    @AfterAll
    static void stop() {
        NEIGHBOURS.stop();
    }

    /** The service account fetches its token from "Keycloak" (WireMock): the real client-credentials call. */
    @TestConfiguration
    static class KeycloakOnWireMock {
        @Bean
        @Primary
        ServiceAccountTokens wireMockServiceAccountTokens(Clock clock) {
            return new ServiceAccountTokens(NEIGHBOURS.baseUrl() + "/realms/mensenhandel", "enforcement-service",
                    "enforcement-service-demo-secret", clock);
        }
    }

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxDispatcher dispatcher;

    String findingId;
    String measureId;
    String signalId;

    @BeforeEach
    void findingAndMeasure() {
        NEIGHBOURS.resetAll();
        NEIGHBOURS.stubFor(post(urlEqualTo(TOKEN_PATH)).willReturn(okJson(
                "{\"access_token\":\"" + SERVICE_TOKEN + "\",\"expires_in\":1,\"token_type\":\"Bearer\"}")));
        mongo.remove(new Query(), CommandsConfiguration.FINDINGS).block();
        mongo.remove(new Query(), CommandsConfiguration.MEASURES).block();
        findingId = UUID.randomUUID().toString();
        measureId = UUID.randomUUID().toString();
        signalId = UUID.randomUUID().toString();
        mongo.insert(new Document("_id", findingId).append("region", REGION).append("inspectionId",
                UUID.randomUUID().toString()).append("signal", new Document("status", "TE_VERZENDEN"))
                .append("outbox", List.of()).append("version", 2L), CommandsConfiguration.FINDINGS).block();
        mongo.insert(new Document("_id", measureId).append("region", REGION).append("municipalityCode", "GM0479")
                .append("instrumentCode", "SPOEDEISENDE_BESTUURSDWANG").append("status", "UITVOERING")
                .append("careRequest", "TE_VERZENDEN").append("outbox", List.of()).append("version", 5L),
                CommandsConfiguration.MEASURES).block();
    }

    private String push(String collection, String documentId, String id, String kind, Object payload) {
        OutboxEntry entry = outbox.entry(REGION, documentId, id, kind, payload);
        mongo.updateFirst(new Query(Criteria.where("_id").is(documentId)), new Update().push(Outbox.FIELD,
                entry.toDocument()), collection).block();
        return id;
    }

    private String findingSignal() {
        return push(CommandsConfiguration.FINDINGS, findingId, EnforcementCommands.inspectionSignalId(findingId),
                EnforcementCommands.INSPECTION_SIGNAL, new EnforcementCommands.InspectionSignal("GM0479",
                        UUID.randomUUID().toString(), findingId, "HUISVESTING", Instant.parse("2026-11-20T21:30:00Z"),
                        List.of("ARBEID"), List.of("SLAAPT_OP_WERKPLEK"), 14, 2, true,
                        "Matrassen in de kantine", "sub-handhaver", "handhaver.zaanstad", "Gemeente Zaanstad"));
    }

    private String emergencyHousing() {
        return push(CommandsConfiguration.MEASURES, measureId, EnforcementCommands.emergencyHousingId(measureId),
                EnforcementCommands.EMERGENCY_HOUSING, new EnforcementCommands.EmergencyHousing("GM0479", measureId,
                        "SPOEDEISENDE_BESTUURSDWANG", 3, 2, Instant.parse("2026-11-23T18:00:00Z")));
    }

    private void signalServiceAnswers(int status) {
        NEIGHBOURS.stubFor(post(urlEqualTo(SIGNALS)).willReturn(status >= 300
                ? aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"urn:mensenhandel:problem:x\",\"status\":" + status + "}")
                : aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"" + signalId + "\",\"region\":\"" + REGION + "\",\"municipalityCode\":"
                                + "\"GM0479\",\"status\":\"ONTVANGEN\",\"createdAt\":\"2026-11-23T05:00:00Z\"}")));
    }

    private void careAnswers(int status) {
        NEIGHBOURS.stubFor(post(urlEqualTo(HOUSING)).willReturn(status >= 300
                ? aResponse().withStatus(status)
                : aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"" + UUID.randomUUID() + "\",\"region\":\"" + REGION + "\","
                                + "\"municipalityCode\":\"GM0479\",\"measureId\":\"" + measureId + "\","
                                + "\"instrumentCode\":\"SPOEDEISENDE_BESTUURSDWANG\",\"adults\":3,\"minors\":2,"
                                + "\"shelterNeededFrom\":\"2026-11-23T18:00:00Z\","
                                + "\"receivedAt\":\"2026-11-23T18:01:00Z\"}")));
    }

    private Document finding() {
        return mongo.findOne(new Query(Criteria.where("_id").is(findingId)), Document.class,
                CommandsConfiguration.FINDINGS).block();
    }

    private Document measure() {
        return mongo.findOne(new Query(Criteria.where("_id").is(measureId)), Document.class,
                CommandsConfiguration.MEASURES).block();
    }

    private OutboxEntry entry(String collection, String documentId, String id) {
        return dispatcher.entriesOf(collection, documentId).filter(e -> e.id().equals(id)).blockFirst();
    }

    @Test
    void aFindingsSignalIsDeliveredOnceAndTheFindingRecordsTheSignal() {
        signalServiceAnswers(201);
        String key = findingSignal();

        assertThat(dispatcher.dispatchOnce().block()).isEqualTo(new Pass(1, 0, 0));
        NEIGHBOURS.verify(1, postRequestedFor(urlEqualTo(SIGNALS))
                .withHeader("Idempotency-Key", equalTo(key))
                .withHeader("Authorization", equalTo("Bearer " + SERVICE_TOKEN))
                .withRequestBody(matchingJsonPath("$.region", equalTo(REGION)))
                .withRequestBody(matchingJsonPath("$.municipalityCode", equalTo("GM0479")))
                .withRequestBody(matchingJsonPath("$.findingId", equalTo(findingId)))
                .withRequestBody(matchingJsonPath("$.forms[0]", equalTo("ARBEID")))
                .withRequestBody(matchingJsonPath("$.minorsPresent", equalTo("2")))
                .withRequestBody(matchingJsonPath("$.overbewoning", equalTo("true")))
                .withRequestBody(matchingJsonPath("$.reporter.subject", equalTo("sub-handhaver")))
                .withRequestBody(matchingJsonPath("$.reporter.organisation", equalTo("Gemeente Zaanstad"))));
        NEIGHBOURS.verify(postRequestedFor(urlEqualTo(TOKEN_PATH))
                .withRequestBody(containing("grant_type=client_credentials"))
                .withRequestBody(containing("client_id=enforcement-service")));

        Document signal = finding().get("signal", Document.class);
        assertThat(signal.getString("status")).isEqualTo("AFGELEVERD");
        assertThat(signal.getString("signalId")).isEqualTo(signalId);
        assertThat(finding().get("version", Number.class).longValue()).isEqualTo(3);

        // delivered is done: a later pass sends nothing
        assertThat(dispatcher.dispatchOnce().block()).isEqualTo(new Pass(0, 0, 0));
        NEIGHBOURS.verify(1, postRequestedFor(urlEqualTo(SIGNALS)));
        assertThat(entry(CommandsConfiguration.FINDINGS, findingId, key).deliveredAt()).isNotNull();
        assertThat(entry(CommandsConfiguration.FINDINGS, findingId, key).payload()).isNull();
    }

    @Test
    void aSignalServiceOutageDelaysTheSignalButNeverDropsIt() {
        signalServiceAnswers(503);
        String key = findingSignal();

        for (int pass = 0; pass < 3; pass++) {
            assertThat(dispatcher.dispatchOnce().block()).isEqualTo(new Pass(0, 1, 0));
        }
        assertThat(entry(CommandsConfiguration.FINDINGS, findingId, key).done()).isFalse();
        assertThat(entry(CommandsConfiguration.FINDINGS, findingId, key).payload()).isNotNull();
        assertThat(finding().get("signal", Document.class).getString("status")).isEqualTo("TE_VERZENDEN");

        signalServiceAnswers(201);
        assertThat(dispatcher.dispatchOnce().block()).isEqualTo(new Pass(1, 0, 0));
        // every attempt carried the same key, so signal-service creates one signal
        NEIGHBOURS.verify(4, postRequestedFor(urlEqualTo(SIGNALS)).withHeader("Idempotency-Key", equalTo(key)));
        assertThat(finding().get("signal", Document.class).getString("status")).isEqualTo("AFGELEVERD");
    }

    @Test
    void aRefusedSignalIsNotRetriedAndTheFindingStaysToBeSent() {
        signalServiceAnswers(400);
        String key = findingSignal();

        assertThat(dispatcher.dispatchOnce().block()).isEqualTo(new Pass(0, 0, 1));
        assertThat(entry(CommandsConfiguration.FINDINGS, findingId, key).abandonedAt()).isNotNull();
        assertThat(finding().get("signal", Document.class).getString("status")).isEqualTo("TE_VERZENDEN");
        assertThat(dispatcher.dispatchOnce().block()).isEqualTo(new Pass(0, 0, 0));
        NEIGHBOURS.verify(1, postRequestedFor(urlEqualTo(SIGNALS)));
    }

    @Test
    void anEmergencyHousingRequestGoesToCareCountsOnlyAndTheMeasureRecordsIt() {
        careAnswers(201);
        String key = emergencyHousing();

        assertThat(dispatcher.dispatchOnce().block()).isEqualTo(new Pass(1, 0, 0));
        NEIGHBOURS.verify(1, postRequestedFor(urlEqualTo(HOUSING))
                .withHeader("Idempotency-Key", equalTo(key))
                .withHeader("Authorization", equalTo("Bearer " + SERVICE_TOKEN))
                .withRequestBody(matchingJsonPath("$.region", equalTo(REGION)))
                .withRequestBody(matchingJsonPath("$.measureId", equalTo(measureId)))
                .withRequestBody(matchingJsonPath("$.adults", equalTo("3")))
                .withRequestBody(matchingJsonPath("$.minors", equalTo("2"))));
        assertThat(measure().getString("careRequest")).isEqualTo("AFGELEVERD");
        assertThat(measure().get("version", Number.class).longValue()).isEqualTo(6);
    }

    @Test
    void aCareOutageDelaysTheRequestButNeverDropsIt() {
        careAnswers(502);
        String key = emergencyHousing();

        assertThat(dispatcher.dispatchOnce().block()).isEqualTo(new Pass(0, 1, 0));
        assertThat(dispatcher.dispatchOnce().block()).isEqualTo(new Pass(0, 1, 0));
        assertThat(measure().getString("careRequest")).isEqualTo("TE_VERZENDEN");
        assertThat(entry(CommandsConfiguration.MEASURES, measureId, key).done()).isFalse();

        careAnswers(200);
        assertThat(dispatcher.dispatchOnce().block()).isEqualTo(new Pass(1, 0, 0));
        NEIGHBOURS.verify(3, postRequestedFor(urlEqualTo(HOUSING)).withHeader("Idempotency-Key", equalTo(key)));
        assertThat(measure().getString("careRequest")).isEqualTo("AFGELEVERD");
        assertThat(dispatcher.dispatchOnce().block()).isEqualTo(new Pass(0, 0, 0));
    }
}
