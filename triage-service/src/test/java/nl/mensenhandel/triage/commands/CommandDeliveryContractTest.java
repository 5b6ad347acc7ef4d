package nl.mensenhandel.triage.commands;

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
import java.time.LocalDate;
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
import nl.mensenhandel.triage.cases.Casus;
import nl.mensenhandel.triage.cases.Track;
import nl.mensenhandel.triage.cases.Track.CommandDelivery.DeliveryStatus;

/**
 * The tables' commands delivered from the casus outbox (issue 8 capability 6, "commands that are never lost"):
 * WireMock plays care-coordination-service ({@code receiveCareRequest}), enforcement-service
 * ({@code receiveInspectionRequest}), signal-service ({@code recordCaseOutcome}) and Keycloak's token endpoint.
 * The dispatcher's schedule is off and its backoff zero: each test runs the passes itself.
 */
@SpringBootTest(properties = { "platform.outbox.enabled=false", "platform.outbox.backoff.initial=PT0S",
        // an outage in one test must not open a breaker for the next: the breakers' own rules are Resilience4j's
        "resilience4j.circuitbreaker.configs.command-receiver.minimum-number-of-calls=1000" })
@ActiveProfiles(Secrets.LOCAL_PROFILE)
class CommandDeliveryContractTest {

    static final WireMockServer NEIGHBOURS = new WireMockServer(wireMockConfig().dynamicPort());
    static final EmbeddedMongo MONGO = EmbeddedMongo.start();
    static final String REGION = "ijsselland";
    static final String SERVICE_TOKEN = "access-token-of-triage-service";
    static final String TOKEN_PATH = "/realms/mensenhandel/protocol/openid-connect/token";

    static {
        NEIGHBOURS.start();
    }

    @DynamicPropertySource
    static void endpoints(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", MONGO::uri);
        registry.add("careRequests.url", NEIGHBOURS::baseUrl);
        registry.add("inspectionRequests.url", NEIGHBOURS::baseUrl);
        registry.add("triage.url", NEIGHBOURS::baseUrl);
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
            return new ServiceAccountTokens(NEIGHBOURS.baseUrl() + "/realms/mensenhandel", "triage-service",
                    "triage-service-demo-secret", clock);
        }
    }

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxDispatcher dispatcher;

    String caseId;
    String careTrack;
    String inspectionTrack;

    @BeforeEach
    void casusWithTwoTracks() {
        NEIGHBOURS.resetAll();
        // a token that is due for renewal at once, so every delivery fetches one (and the journal shows it)
        NEIGHBOURS.stubFor(post(urlEqualTo(TOKEN_PATH)).willReturn(okJson(
                "{\"access_token\":\"" + SERVICE_TOKEN + "\",\"expires_in\":1,\"token_type\":\"Bearer\"}")));
        mongo.remove(new Query(), "cases").block();
        caseId = UUID.randomUUID().toString();
        careTrack = UUID.randomUUID().toString();
        inspectionTrack = UUID.randomUUID().toString();
        mongo.insert(new Document("_id", caseId).append("region", REGION).append("municipalityCode", "GM0193")
                .append("municipalityCodes", List.of("GM0193")).append("status", "SPOREN_LOPEN")
                .append("reference", "IJ-2026-0007").append("signalIds", List.of())
                .append("tracks", List.of(track(careTrack, "ZORGTRAJECT", "care-coordination-service"),
                        track(inspectionTrack, "INTEGRALE_CONTROLE", "enforcement-service")))
                .append("urgent", false).append("outbox", List.of()).append("version", 3L), "cases").block();
    }

    /** A track as the decision stores it (through the Casus mapping, so the test knows no field names). */
    private static Document track(String id, String type, String to) {
        return new Document("_id", id).append("decisionId", UUID.randomUUID().toString()).append("type", type)
                .append("status", "GEOPEND").append("delivery", new Document("to", to)
                        .append("commandId", id + ":" + (type.equals("ZORGTRAJECT") ? "care-request"
                                : "inspection-request"))
                        .append("status", "PENDING"));
    }

    private String push(String id, String kind, Object payload) {
        OutboxEntry entry = outbox.entry(REGION, caseId, id, kind, payload);
        mongo.updateFirst(new Query(Criteria.where("_id").is(caseId)),
                new org.springframework.data.mongodb.core.query.Update().push(Outbox.FIELD, entry.toDocument()),
                "cases").block();
        return id;
    }

    private String careRequest() {
        return push(careTrack + ":care-request", Commands.CARE_REQUEST, new Commands.CareRequest(caseId,
                "IJ-2026-0007", careTrack, "ZORGTRAJECT", List.of("GM0193"), "Zorg- en Veiligheidshuis IJsselland",
                "Opvang voor twee arbeidsmigranten", LocalDate.of(2026, 12, 1), true));
    }

    private void careAnswers(int status) {
        NEIGHBOURS.stubFor(post(urlEqualTo("/api/care/requests")).willReturn(status >= 300
                ? aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"urn:mensenhandel:problem:x\",\"status\":" + status + "}")
                : aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"" + UUID.randomUUID() + "\",\"region\":\"" + REGION + "\",\"caseId\":\""
                                + caseId + "\",\"trackId\":\"" + careTrack + "\",\"trackType\":\"ZORGTRAJECT\","
                                + "\"municipalityCodes\":[\"GM0193\"],\"status\":\"ONTVANGEN\","
                                + "\"receivedAt\":\"2026-11-23T05:00:00Z\"}")));
    }

    private Track trackOf(String trackId) {
        Casus casus = mongo.findById(caseId, Casus.class).block();
        return casus.tracks().stream().filter(t -> t.id().equals(trackId)).findFirst().orElseThrow();
    }

    private long version() {
        return mongo.findById(caseId, Casus.class).block().version();
    }

    private OutboxEntry entry(String id) {
        return dispatcher.entriesOf("cases", caseId).filter(e -> e.id().equals(id)).blockFirst();
    }

    private int careRequestsSent() {
        return NEIGHBOURS.findAll(postRequestedFor(urlEqualTo("/api/care/requests"))).size();
    }

    @Test
    void aCareRequestIsDeliveredOnceWithTheServiceTokenTheEntryIdAsKeyAndTheRegionOfTheCasus() {
        careAnswers(201);
        String key = careRequest();

        assertThat(dispatcher.dispatchOnce().block()).isEqualTo(new Pass(1, 0, 0));
        NEIGHBOURS.verify(1, postRequestedFor(urlEqualTo("/api/care/requests"))
                .withHeader("Idempotency-Key", equalTo(key))
                .withHeader("Authorization", equalTo("Bearer " + SERVICE_TOKEN))
                .withRequestBody(matchingJsonPath("$.region", equalTo(REGION)))
                .withRequestBody(matchingJsonPath("$.trackId", equalTo(careTrack)))
                .withRequestBody(matchingJsonPath("$.careNeed", equalTo("Opvang voor twee arbeidsmigranten"))));
        // the token came from the realm's token endpoint, by client credentials
        NEIGHBOURS.verify(postRequestedFor(urlEqualTo(TOKEN_PATH))
                .withRequestBody(containing("grant_type=client_credentials"))
                .withRequestBody(containing("client_id=triage-service")));

        // recorded on that track only (positional update), with the casus' version counted up
        Track care = trackOf(careTrack);
        assertThat(care.delivery().status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(care.delivery().deliveredAt()).isNotNull();
        assertThat(care.delivery().commandId()).isEqualTo(key);
        assertThat(care.delivery().to()).isEqualTo("care-coordination-service");
        assertThat(trackOf(inspectionTrack).delivery().status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(version()).isEqualTo(4);

        // delivered is done: a later pass sends nothing
        assertThat(dispatcher.dispatchOnce().block()).isEqualTo(new Pass(0, 0, 0));
        assertThat(careRequestsSent()).isEqualTo(1);
        assertThat(entry(key).deliveredAt()).isNotNull();
        assertThat(entry(key).payload()).isNull();
    }

    @Test
    void aCareServiceOutageKeepsTheCommandAndItArrivesWhenTheServiceIsBack() {
        careAnswers(503);
        String key = careRequest();

        assertThat(dispatcher.dispatchOnce().block()).isEqualTo(new Pass(0, 1, 0));
        assertThat(entry(key).payload()).isNotNull();
        assertThat(entry(key).done()).isFalse();
        assertThat(trackOf(careTrack).delivery().status()).isEqualTo(DeliveryStatus.PENDING);

        careAnswers(201);
        assertThat(dispatcher.dispatchOnce().block()).isEqualTo(new Pass(1, 0, 0));
        // both attempts carried the same key, so the receiver stores it once
        NEIGHBOURS.verify(2, postRequestedFor(urlEqualTo("/api/care/requests"))
                .withHeader("Idempotency-Key", equalTo(key)));
        assertThat(trackOf(careTrack).delivery().status()).isEqualTo(DeliveryStatus.DELIVERED);
    }

    @Test
    void aRefusalIsRecordedOnTheTrackAndNotRetried() {
        careAnswers(422);
        String key = careRequest();

        assertThat(dispatcher.dispatchOnce().block()).isEqualTo(new Pass(0, 0, 1));
        Track care = trackOf(careTrack);
        assertThat(care.delivery().status()).isEqualTo(DeliveryStatus.REFUSED);
        assertThat(care.delivery().deliveredAt()).isNull();
        assertThat(entry(key).abandonedAt()).isNotNull();

        assertThat(dispatcher.dispatchOnce().block()).isEqualTo(new Pass(0, 0, 0));
        assertThat(careRequestsSent()).isEqualTo(1);
    }

    @Test
    void anInspectionRequestGoesToEnforcementAndIsRecordedOnItsTrack() {
        NEIGHBOURS.stubFor(post(urlEqualTo("/api/enforcement/inspection-requests")).willReturn(aResponse()
                .withStatus(201).withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"" + UUID.randomUUID() + "\",\"region\":\"" + REGION + "\",\"caseId\":\"" + caseId
                        + "\",\"trackId\":\"" + inspectionTrack + "\",\"municipalityCodes\":[\"GM0193\"],"
                        + "\"status\":\"ONTVANGEN\",\"receivedAt\":\"2026-11-23T05:00:00Z\"}")));
        String key = push(inspectionTrack + ":inspection-request", Commands.INSPECTION_REQUEST,
                new Commands.InspectionRequest(caseId, "IJ-2026-0007", inspectionTrack, List.of("GM0193"),
                        "Vispoortplein 3: twaalf bedden in de kelder", LocalDate.of(2026, 12, 15), false));

        assertThat(dispatcher.dispatchOnce().block()).isEqualTo(new Pass(1, 0, 0));
        NEIGHBOURS.verify(1, postRequestedFor(urlEqualTo("/api/enforcement/inspection-requests"))
                .withHeader("Idempotency-Key", equalTo(key))
                .withHeader("Authorization", equalTo("Bearer " + SERVICE_TOKEN))
                .withRequestBody(matchingJsonPath("$.region", equalTo(REGION)))
                .withRequestBody(matchingJsonPath("$.reason", equalTo("Vispoortplein 3: twaalf bedden in de kelder"))));
        assertThat(trackOf(inspectionTrack).delivery().status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(trackOf(careTrack).delivery().status()).isEqualTo(DeliveryStatus.PENDING);
    }

    @Test
    void theOutcomeGoesToEachSignalOnceAndAnOutageIsRetried() {
        String signalId = UUID.randomUUID().toString();
        String decisionId = UUID.randomUUID().toString();
        String path = "/api/signals/" + signalId + "/case-outcome";
        NEIGHBOURS.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(502)));
        String key = push(decisionId + ":outcome:" + signalId, Commands.CASE_OUTCOME, new Commands.CaseOutcome(
                signalId, caseId, "IJ-2026-0007", decisionId, "DOORGELEID", null,
                List.of("ZORGTRAJECT", "INTEGRALE_CONTROLE"), "De casustafel heeft zorg ingezet."));

        assertThat(dispatcher.dispatchOnce().block()).isEqualTo(new Pass(0, 1, 0));
        NEIGHBOURS.stubFor(post(urlEqualTo(path)).willReturn(okJson(
                "{\"signalId\":\"" + signalId + "\",\"status\":\"DOORGELEID\"}")));
        assertThat(dispatcher.dispatchOnce().block()).isEqualTo(new Pass(1, 0, 0));
        assertThat(dispatcher.dispatchOnce().block()).isEqualTo(new Pass(0, 0, 0));

        NEIGHBOURS.verify(2, postRequestedFor(urlEqualTo(path))
                .withHeader("Idempotency-Key", equalTo(key))
                .withHeader("Authorization", equalTo("Bearer " + SERVICE_TOKEN))
                .withRequestBody(matchingJsonPath("$.region", equalTo(REGION)))
                .withRequestBody(matchingJsonPath("$.caseId", equalTo(caseId)))
                .withRequestBody(matchingJsonPath("$.result", equalTo("DOORGELEID"))));
    }
}
