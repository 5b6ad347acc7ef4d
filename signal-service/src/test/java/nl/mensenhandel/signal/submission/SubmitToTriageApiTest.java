package nl.mensenhandel.signal.submission;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static nl.mensenhandel.signal.DemoUsers.AF_HEEMSTEDE;
import static nl.mensenhandel.signal.DemoUsers.AF_PURMEREND;
import static nl.mensenhandel.signal.DemoUsers.AF_ZAANSTAD;
import static nl.mensenhandel.signal.DemoUsers.MELDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.github.tomakehurst.wiremock.WireMockServer;

import nl.mensenhandel.platform.client.ServiceAccountTokens;
import nl.mensenhandel.platform.config.Secrets;
import nl.mensenhandel.platform.testing.EmbeddedMongo;
import nl.mensenhandel.platform.testing.TestJwts;

/**
 * submitToTriage against the embedded store, with WireMock playing triage-service ({@code openCase} of
 * {@code api-specs/triage-service.yaml}) and Keycloak's token endpoint stubbed (a neighbour). Shows: the
 * signals go TER_WEGING at once; the casus is opened with the service account on behalf of the AF; triage
 * down → the submission is accepted and the casus opened later, once; the table reads the outline.
 */
@SpringBootTest(properties = {
        "platform.outbox.initial-delay=100ms", "platform.outbox.poll-interval=200ms",
        "platform.outbox.backoff.initial=200ms", "platform.outbox.backoff.max=400ms",
        // the breaker must not open within a test of an outage; production values are in application.yml
        "resilience4j.circuitbreaker.instances.triage-service.minimum-number-of-calls=1000" })
@ActiveProfiles(Secrets.LOCAL_PROFILE)
class SubmitToTriageApiTest {

    static final WireMockServer TRIAGE = new WireMockServer(wireMockConfig().dynamicPort());
    static final EmbeddedMongo MONGO = EmbeddedMongo.start();
    static final String SERVICE_TOKEN = "service-account-token-of-signal-service";
    static final String AF_SUBJECT = UUID.nameUUIDFromBytes("af.zaanstad".getBytes()).toString();
    static final JwtMutator CASUSTAFEL = TestJwts.user("casustafel.zaanstreek", "zaanstreek-waterland", List.of(),
            "casustafel");
    static final JwtMutator CASUSTAFEL_KENNEMERLAND = TestJwts.user("casustafel.kennemerland", "kennemerland",
            List.of(), "casustafel");

    static {
        TRIAGE.start();
    }

    @DynamicPropertySource
    static void endpoints(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", MONGO::uri);
        registry.add("cases.url", TRIAGE::baseUrl);
    }

    @AfterAll
    static void stop() {
        TRIAGE.stop();
    }

    @Autowired
    ApplicationContext context;

    @MockitoBean
    ServiceAccountTokens tokens;

    WebTestClient web;

    @BeforeEach
    void setUp() {
        web = TestJwts.client(context);
        TRIAGE.resetAll();
        when(tokens.token()).thenReturn(SERVICE_TOKEN);
    }

    @Test
    void submittedSignalsGoToTheTableAndShowTheCaseReferenceTriageGave() {
        triageOpens("ZW-2026-0007");
        String a = enriched();
        String b = enriched();

        Map<String, Object> submission = submit(AF_ZAANSTAD, List.of(a, b), "key-" + a).expectStatus().isAccepted()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(submission).containsEntry("municipalityCodes", List.of("GM0479"))
                .containsEntry("submittedBy", "af.zaanstad");
        // at once, before triage-service answered: both on the way to the table, with the step in the history
        for (String id : List.of(a, b)) {
            Map<String, Object> signal = read(AF_ZAANSTAD, id);
            assertThat(signal).containsEntry("status", "TER_WEGING");
            assertThat(signal.get("history").toString()).contains("Ingediend bij de casustafel");
        }
        for (String id : List.of(a, b)) {
            assertThat(await(id, s -> "ZW-2026-0007".equals(s.get("caseReference")))).isTrue();
        }
        // one casus for both, opened by the service account for the AF, keyed by the submission
        TRIAGE.verify(1, postRequestedFor(urlEqualTo("/api/cases"))
                .withHeader("Authorization", equalTo("Bearer " + SERVICE_TOKEN))
                .withHeader("Idempotency-Key", equalTo(submission.get("id").toString()))
                .withRequestBody(matchingJsonPath("$.onBehalfOf.subject", equalTo(AF_SUBJECT)))
                .withRequestBody(matchingJsonPath("$.onBehalfOf.username", equalTo("af.zaanstad")))
                .withRequestBody(matchingJsonPath("$.onBehalfOf.region", equalTo("zaanstreek-waterland")))
                .withRequestBody(matchingJsonPath("$.municipalityCodes[0]", equalTo("GM0479")))
                .withRequestBody(matchingJsonPath("$.signalIds.length()", equalTo("2")))
                .withRequestBody(containing("Twee signalen, een bedrijfspand")));
        // the work list shows it too
        assertThat(web.mutateWith(AF_ZAANSTAD).get().uri("/api/signals?size=100").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody()).contains("ZW-2026-0007");
    }

    /** Triage down → the submission is accepted; the casus is opened after it is back, once. */
    @Test
    void triageDownTheSubmissionIsAcceptedAndTheCaseOpenedLaterOnce() throws InterruptedException {
        TRIAGE.stubFor(post(urlEqualTo("/api/cases")).willReturn(aResponse().withStatus(503)));
        String a = enriched();

        submit(AF_ZAANSTAD, List.of(a), null).expectStatus().isAccepted().expectBody()
                .jsonPath("$.status").isEqualTo("PENDING");
        // it is tried, and tried again, while triage-service is down
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (TRIAGE.findAll(postRequestedFor(urlEqualTo("/api/cases"))).size() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(TRIAGE.findAll(postRequestedFor(urlEqualTo("/api/cases")))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(read(AF_ZAANSTAD, a)).containsEntry("status", "TER_WEGING").doesNotContainKey("caseReference");

        // back up
        TRIAGE.resetAll();
        triageOpens("ZW-2026-0008");
        assertThat(await(a, s -> "ZW-2026-0008".equals(s.get("caseReference")))).isTrue();
        Thread.sleep(1500); // several dispatcher passes: nothing is sent again
        TRIAGE.verify(1, postRequestedFor(urlEqualTo("/api/cases")));
    }

    @Test
    void aRetryWithTheSameKeyAnswersTheFirstSubmissionAndSendsOnce() throws InterruptedException {
        triageOpens("ZW-2026-0009");
        String a = enriched();
        String first = submit(AF_ZAANSTAD, List.of(a), "same-" + a).expectStatus().isAccepted()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
        submit(AF_ZAANSTAD, List.of(a), "same-" + a).expectStatus().isOk().expectBody()
                .jsonPath("$.id").isEqualTo(first);
        assertThat(await(a, s -> s.containsKey("caseReference"))).isTrue();
        Thread.sleep(1000);
        TRIAGE.verify(1, postRequestedFor(urlEqualTo("/api/cases")));
    }

    /** Rule submission-follows-the-route: a signal still ONTVANGEN may not go TER_WEGING; nothing is sent. */
    @Test
    void aSignalTheRouteDoesNotLetGoToTheTableIs409() throws InterruptedException {
        triageOpens("ZW-2026-0010");
        String received = reported();
        submit(AF_ZAANSTAD, List.of(received), null).expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.detail").value(d -> assertThat((String) d).contains("submission-follows-the-route"));
        assertThat(read(AF_ZAANSTAD, received)).containsEntry("status", "ONTVANGEN");
        Thread.sleep(600);
        TRIAGE.verify(0, postRequestedFor(urlEqualTo("/api/cases")));
    }

    /** Rule signal-submitted-once. */
    @Test
    void aSignalIsSubmittedOnce() {
        triageOpens("ZW-2026-0011");
        String a = enriched();
        submit(AF_ZAANSTAD, List.of(a), null).expectStatus().isAccepted();
        submit(AF_ZAANSTAD, List.of(a), null).expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.detail").value(d -> assertThat((String) d).contains("signal-submitted-once"));
    }

    @Test
    void onlyTheAfOfTheExploitationMunicipalitySubmits() {
        String a = enriched();
        submit(AF_PURMEREND, List.of(a), null).expectStatus().isNotFound();
        submit(AF_HEEMSTEDE, List.of(a), null).expectStatus().isNotFound();
        submit(MELDER, List.of(a), null).expectStatus().isForbidden();
        submit(CASUSTAFEL, List.of(a), null).expectStatus().isForbidden();
        assertThat(read(AF_ZAANSTAD, a)).containsEntry("status", "IN_VERRIJKING");
    }

    /** Found by the fuzzer: a blank element in signalIds is a 400 naming the element, not a 500. */
    @Test
    void aBlankSignalIdIs400() {
        web.mutateWith(AF_ZAANSTAD).post().uri("/api/signals/submissions").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"signalIds\":[\"" + UUID.randomUUID() + "\",\"   \"],\"summary\":\"x\"}").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("signalIds[1]");
    }

    /** triage-service refuses (e.g. 422): a permanent answer, recorded, not retried. */
    @Test
    void aRefusalOfTriageIsNotRetried() throws InterruptedException {
        TRIAGE.stubFor(post(urlEqualTo("/api/cases")).willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"urn:mensenhandel:problem:unprocessable\",\"status\":422}")));
        String a = enriched();
        submit(AF_ZAANSTAD, List.of(a), null).expectStatus().isAccepted();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (TRIAGE.findAll(postRequestedFor(urlEqualTo("/api/cases"))).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        Thread.sleep(1500);
        TRIAGE.verify(1, postRequestedFor(urlEqualTo("/api/cases")));
        assertThat(read(AF_ZAANSTAD, a)).doesNotContainKey("caseReference");
    }

    /** Rule table-reads-signals-on-its-agenda-only: outline of a signal on a casus' agenda; other region 404. */
    @Test
    void theTableReadsTheOutlineOfASignalOnItsAgendaOnly() {
        triageOpens("ZW-2026-0012");
        String onAgenda = enriched();
        String notSubmitted = enriched();
        submit(AF_ZAANSTAD, List.of(onAgenda), null).expectStatus().isAccepted();
        assertThat(await(onAgenda, s -> s.containsKey("caseReference"))).isTrue();

        Map<String, Object> outline = read(CASUSTAFEL, onAgenda);
        assertThat(outline).containsEntry("outlineOnly", true).containsEntry("caseReference", "ZW-2026-0012")
                .containsEntry("status", "TER_WEGING").containsEntry("informedAsResidence", false);
        assertThat(outline).doesNotContainKeys("description", "reporter", "persons", "location", "enrichments",
                "history", "createdBy");
        web.mutateWith(CASUSTAFEL).get().uri("/api/signals/" + notSubmitted).exchange().expectStatus().isForbidden();
        web.mutateWith(CASUSTAFEL_KENNEMERLAND).get().uri("/api/signals/" + onAgenda).exchange()
                .expectStatus().isNotFound();
        // the table has no work list
        web.mutateWith(CASUSTAFEL).get().uri("/api/signals").exchange().expectStatus().isForbidden();
    }

    private void triageOpens(String reference) {
        TRIAGE.stubFor(post(urlEqualTo("/api/cases")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"" + UUID.randomUUID() + "\",\"reference\":\"" + reference
                        + "\",\"region\":\"zaanstreek-waterland\",\"municipalityCode\":\"GM0479\","
                        + "\"status\":\"AANGEMELD\",\"signalIds\":[],\"createdAt\":\"2026-11-23T02:00:00Z\"}")));
    }

    private String reported() {
        Map<String, Object> body = new HashMap<>();
        body.put("municipalityCode", "GM0479");
        body.put("forms", List.of("ARBEID"));
        body.put("sourceType", "PROFESSIONAL");
        body.put("reporter", Map.of("contact", "wijkteam@zaanstad.example"));
        body.put("description", "Veel matrassen in een bedrijfspand " + UUID.randomUUID());
        body.put("observedAt", "2026-11-01T09:30:00Z");
        return web.mutateWith(MELDER).post().uri("/api/signals").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange().expectStatus().isCreated().expectBody(Map.class).returnResult()
                .getResponseBody().get("id").toString();
    }

    private String enriched() {
        String id = reported();
        web.mutateWith(AF_ZAANSTAD).post().uri("/api/signals/" + id + "/transitions")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("to", "IN_VERRIJKING", "reason", "Navragen bij de wijkagent")).exchange()
                .expectStatus().isOk();
        return id;
    }

    private WebTestClient.ResponseSpec submit(JwtMutator who, List<String> signalIds, String key) {
        WebTestClient.RequestBodySpec request = web.mutateWith(who).post().uri("/api/signals/submissions")
                .contentType(MediaType.APPLICATION_JSON);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.bodyValue(Map.of("signalIds", signalIds, "summary", "Twee signalen, een bedrijfspand"))
                .exchange();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> read(JwtMutator who, String id) {
        return web.mutateWith(who).get().uri("/api/signals/" + id).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    private boolean await(String id, Predicate<Map<String, Object>> condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.test(read(AF_ZAANSTAD, id))) {
                return true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
