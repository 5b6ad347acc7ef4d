package nl.mensenhandel.gateway.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.test.context.DynamicPropertyRegistry;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * WireMock servers standing in for Keycloak (JWKS only) and for each service behind the gateway, one
 * server per service so a test can tell which backend a request reached. Started once per JVM.
 */
public final class FakeBackends {

    /** Route id to the environment variable application.yml reads its URL from. */
    public static final Map<String, String> SERVICE_URL_VARIABLES = Map.of(
            "signal-service", "SIGNAL_SERVICE_URL",
            "triage-service", "TRIAGE_SERVICE_URL",
            "care-coordination-service", "CARE_SERVICE_URL",
            "enforcement-service", "ENFORCEMENT_SERVICE_URL",
            "monitor-service", "MONITOR_SERVICE_URL");

    public static final String JWKS_PATH = "/realms/mensenhandel/protocol/openid-connect/certs";

    public static final WireMockServer KEYCLOAK = start();
    private static final Map<String, WireMockServer> SERVICES = new LinkedHashMap<>();

    static {
        KEYCLOAK.stubFor(get(JWKS_PATH).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody(TestTokens.jwks())));
    }

    private FakeBackends() {
    }

    public static synchronized WireMockServer service(String routeId) {
        return SERVICES.computeIfAbsent(routeId, id -> start());
    }

    /**
     * Points the gateway at the fake Keycloak and the fake services; the services named in {@code down}
     * at a port nobody listens on.
     */
    public static void register(DynamicPropertyRegistry registry, String... down) {
        registry.add("platform.security.issuer-uri", () -> TestTokens.ISSUER);
        registry.add("platform.security.jwk-set-uri", () -> KEYCLOAK.baseUrl() + JWKS_PATH);
        SERVICE_URL_VARIABLES.forEach((routeId, variable) -> {
            String url = Arrays.asList(down).contains(routeId) ? "http://127.0.0.1:" + closedPort()
                    : service(routeId).baseUrl();
            registry.add(variable, () -> url);
        });
    }

    public static void resetServices() {
        SERVICES.values().forEach(WireMockServer::resetAll);
    }

    /** A port that was free a moment ago and has nothing listening on it. */
    public static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static WireMockServer start() {
        WireMockServer server = new WireMockServer(wireMockConfig()
                .dynamicPort()
                .bindAddress("127.0.0.1")
                .containerThreads(12)
                .jettyAcceptors(1)
                // delayed answers wait on a timer, not on one of the 12 threads: a slow service can then
                // hold many calls at once, as a real non-blocking one does
                .asynchronousResponseEnabled(true)
                .asynchronousResponseThreads(4));
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }
}
