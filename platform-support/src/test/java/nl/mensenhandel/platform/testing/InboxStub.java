package nl.mensenhandel.platform.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * WireMock playing signal-service's inbox ({@code postNotification} of {@code api-specs/inbox.yaml}) and Keycloak's
 * token endpoint (the posting service's own service account, client credentials), for tests of a service's
 * notifications delivered by platform-support's {@code inbox.InboxDelivery}. Declare it
 * {@code @RegisterExtension static final InboxStub INBOX = new InboxStub();}: it stops after the test class.
 */
public final class InboxStub implements AfterAllCallback {

    public static final String PATH = "/api/inbox/notifications";
    public static final String TOKEN_PATH = "/realms/mensenhandel/protocol/openid-connect/token";
    public static final String SERVICE_TOKEN = "service-account-token";

    private final WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());

    public InboxStub() {
        server.start();
    }

    /** inbox.url and the issuer (whose token endpoint the service account uses) point here. */
    public void register(DynamicPropertyRegistry registry) {
        registry.add("inbox.url", server::baseUrl);
        registry.add("platform.security.issuer-uri", () -> server.baseUrl() + "/realms/mensenhandel");
    }

    /** Keycloak issues the token; the inbox answers 201 (posted). */
    public void up() {
        server.resetAll();
        server.stubFor(post(urlEqualTo(TOKEN_PATH))
                .willReturn(okJson("{\"access_token\":\"" + SERVICE_TOKEN + "\",\"expires_in\":300,\"token_type\":\"Bearer\"}")));
        server.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("""
                        {"id":"%s","region":"zaanstreek-waterland","kind":"CASUS_SPOED","source":"triage-service",
                         "about":{"type":"casus","id":"x"},"createdAt":"2026-11-23T05:00:00Z","read":false}"""
                        .formatted(UUID.randomUUID()))));
    }

    /**
     * Keycloak issues tokens due for renewal at once: every delivery fetches one, so each test's journal
     * ({@link #tokenRequests()}) shows the client-credentials call whatever an earlier test cached.
     */
    public void tokensExpiringAtOnce() {
        server.stubFor(post(urlEqualTo(TOKEN_PATH))
                .willReturn(okJson("{\"access_token\":\"" + SERVICE_TOKEN + "\",\"expires_in\":1,\"token_type\":\"Bearer\"}")));
    }

    /** The inbox answers with this status (503: an outage; 422: a refusal). */
    public void answering(int status) {
        server.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"urn:mensenhandel:problem:x\",\"title\":\"x\",\"status\":" + status + "}")));
    }

    public List<LoggedRequest> posted() {
        return server.findAll(postRequestedFor(urlEqualTo(PATH)));
    }

    /** The service account's token requests (client credentials). */
    public List<LoggedRequest> tokenRequests() {
        return server.findAll(postRequestedFor(urlEqualTo(TOKEN_PATH)));
    }

    public void stop() {
        server.stop();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }
}
