package nl.mensenhandel.platform.client;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.core.env.Environment;

import nl.mensenhandel.platform.config.Secrets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A service's own access token (OAuth 2.0 client credentials at the realm's token endpoint), for calls that
 * outlive the user's token — a command delivered from an outbox minutes or hours after the user acted. The
 * service names the user it acts for in the call itself; the receiver believes that only from a service
 * account it trusts (docs/security.md, "Service-to-service calls").
 * <p>
 * Blocking (one HTTP call to Keycloak when the cached token is about to expire): call it off the event
 * loop, like the Feign call it is for. The client secret comes from the environment
 * ({@code Secrets.require}); it is never logged.
 */
public final class ServiceAccountTokens {

    /** Fetch a new token this long before the cached one expires. */
    private static final Duration MARGIN = Duration.ofSeconds(30);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private record Cached(String token, Instant refreshAt) {
    }

    private final URI tokenEndpoint;
    private final String clientId;
    private final String clientSecret;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private volatile Cached cached;

    /**
     * @param issuerUri the realm, e.g. {@code http://localhost:8180/realms/mensenhandel} (its token endpoint is
     *                  {@code <issuer>/protocol/openid-connect/token}, as Keycloak publishes it)
     */
    public ServiceAccountTokens(String issuerUri, String clientId, String clientSecret, Clock clock) {
        this.tokenEndpoint = URI.create(issuerUri + "/protocol/openid-connect/token");
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.clock = clock;
    }

    /**
     * A service's own account as its configuration names it: the realm from {@code platform.security.issuer-uri},
     * the client id from {@code <prefix>.client-id} (else {@code defaultClientId}), the secret from
     * {@code <prefix>.client-secret} or the environment variable — required outside the {@code local} profile,
     * where the demo realm's secret is the default ({@link Secrets#require}).
     */
    public static ServiceAccountTokens configured(Environment environment, String prefix, String defaultClientId,
            String secretVariable, String developmentSecret, Clock clock) {
        return new ServiceAccountTokens(environment.getRequiredProperty("platform.security.issuer-uri"),
                environment.getProperty(prefix + ".client-id", defaultClientId),
                Secrets.require(environment, prefix + ".client-secret", secretVariable, developmentSecret), clock);
    }

    public String clientId() {
        return clientId;
    }

    /** A valid access token of the service account; blocking, never on the event loop. */
    public String token() {
        Cached current = cached;
        if (current != null && clock.instant().isBefore(current.refreshAt())) {
            return current.token();
        }
        synchronized (this) {
            current = cached;
            if (current != null && clock.instant().isBefore(current.refreshAt())) {
                return current.token();
            }
            cached = fetch();
            return cached.token();
        }
    }

    private Cached fetch() {
        String form = "grant_type=client_credentials&client_id=" + encode(clientId) + "&client_secret="
                + encode(clientSecret);
        HttpRequest request = HttpRequest.newBuilder(tokenEndpoint).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                // the body may echo the client id, never the secret; the status is enough to act on
                throw new ServiceAccountTokenUnavailable("token endpoint answered HTTP " + response.statusCode()
                        + " for client " + clientId);
            }
            JsonNode body = json.readTree(response.body());
            String token = body.path("access_token").asString(null);
            if (token == null) {
                throw new ServiceAccountTokenUnavailable("token endpoint gave no access_token for client " + clientId);
            }
            long expiresIn = body.path("expires_in").asLong(60);
            Instant refreshAt = clock.instant().plusSeconds(expiresIn).minus(MARGIN);
            return new Cached(token, refreshAt);
        } catch (IOException e) {
            throw new ServiceAccountTokenUnavailable("token endpoint not reachable: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceAccountTokenUnavailable("interrupted while fetching a token");
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** No token now (Keycloak down, wrong secret): the caller retries later. */
    public static class ServiceAccountTokenUnavailable extends RuntimeException {

        public ServiceAccountTokenUnavailable(String message) {
            super(message);
        }
    }
}
