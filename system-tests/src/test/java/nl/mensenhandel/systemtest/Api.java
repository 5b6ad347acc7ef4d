package nl.mensenhandel.systemtest;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Plain HTTP against the running platform, with real tokens from the real Keycloak. */
public final class Api {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();
    private static final long SLOW_MILLIS = 5_000;

    private record Token(String value, Instant expiresAt) {
    }

    public record Response(int status, Map<String, java.util.List<String>> headers, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private Api() {
    }

    /**
     * A password-grant token for a demo user (client platform-cli: for demo and tests only), reused until
     * shortly before it expires (a whole system-test run can outlast one token).
     */
    public static String token(String username) {
        return TOKENS.compute(username, (user, cached) -> cached != null
                && cached.expiresAt().isAfter(Instant.now().plusSeconds(60)) ? cached : fetchToken(user)).value();
    }

    private static Token fetchToken(String user) {
        return tokenFromKeycloak("grant_type=password&client_id=" + enc(RunningPlatform.cliClientId())
                + "&username=" + enc(user) + "&password=demo", user);
    }

    /**
     * A client-credentials token of a confidential machine client (a care provider's system), reused like
     * {@link #token(String)}.
     */
    public static String clientToken(String clientId, String secret) {
        return TOKENS.compute("client:" + clientId, (key, cached) -> cached != null
                && cached.expiresAt().isAfter(Instant.now().plusSeconds(60)) ? cached
                        : tokenFromKeycloak("grant_type=client_credentials&client_id=" + enc(clientId)
                                + "&client_secret=" + enc(secret), clientId)).value();
    }

    /** A fresh password-grant token of a demo user through another public client (e.g. one without the API audience). */
    public static String passwordToken(String clientId, String user) {
        return tokenFromKeycloak("grant_type=password&client_id=" + enc(clientId) + "&username=" + enc(user)
                + "&password=demo", user).value();
    }

    private static Token tokenFromKeycloak(String form, String who) {
        Response r = send(HttpRequest.newBuilder(URI.create(RunningPlatform.keycloakUrl() + "/realms/"
                        + RunningPlatform.realm() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (r.status() != 200) {
            throw new IllegalStateException("No token for " + who + ": " + r.status() + " " + r.body());
        }
        JsonNode json = r.json();
        long lifetime = json.has("expires_in") ? json.get("expires_in").asLong() : 300;
        return new Token(json.get("access_token").asString(), Instant.now().plusSeconds(lifetime));
    }

    /**
     * Any request with a raw bearer token (or none) and extra headers: for callers that are not demo users
     * (machine clients, forged tokens) and for headers a test sends on purpose.
     */
    public static Response call(String method, String url, String bearerToken, String jsonBody,
            Map<String, String> headers) {
        return call(method, url, bearerToken, jsonBody, headers, Duration.ofSeconds(30));
    }

    /** {@link #call(String, String, String, String, Map)} waiting up to {@code timeout} for the answer (large batches). */
    public static Response call(String method, String url, String bearerToken, String jsonBody,
            Map<String, String> headers, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).method(method,
                jsonBody == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(jsonBody));
        if (jsonBody != null && headers.keySet().stream().noneMatch("Content-Type"::equalsIgnoreCase)) {
            request.header("Content-Type", "application/json");
        }
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        headers.forEach(request::header);
        return send(request, timeout);
    }

    public static Response get(String url, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (user != null) {
            request.header("Authorization", "Bearer " + token(user));
        }
        return send(request);
    }

    public static Response post(String url, String user, Object body, String idempotencyKey) {
        return withBody("POST", url, user, body, idempotencyKey);
    }

    public static Response put(String url, String user, Object body) {
        return withBody("PUT", url, user, body, null);
    }

    /**
     * A POST without a token to a public endpoint. The gateway limits those strictly per client address
     * (all system tests share one), so a 429 is waited out as its Retry-After says, a few times.
     */
    public static Response postPublic(String url, Object body, String idempotencyKey) {
        Response response = post(url, null, body, idempotencyKey);
        for (int attempt = 0; attempt < 8 && response.status() == 429; attempt++) {
            String retryAfter = response.header("Retry-After");
            sleepSeconds(retryAfter != null && retryAfter.matches("\\d{1,2}") ? Integer.parseInt(retryAfter) : 1);
            response = post(url, null, body, idempotencyKey);
        }
        return response;
    }

    /** A GET without a token to a public endpoint; a 429 of the per-address limit is waited out like {@link #postPublic}. */
    public static Response getPublic(String url) {
        Response response = get(url, null);
        for (int attempt = 0; attempt < 8 && response.status() == 429; attempt++) {
            String retryAfter = response.header("Retry-After");
            sleepSeconds(retryAfter != null && retryAfter.matches("\\d{1,2}") ? Integer.parseInt(retryAfter) : 1);
            response = get(url, null);
        }
        return response;
    }

    private static Response withBody(String method, String url, String user, Object body, String idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(
                        body instanceof String s ? s : JSON.writeValueAsString(body)));
        if (user != null) {
            request.header("Authorization", "Bearer " + token(user));
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request);
    }

    public static Response send(HttpRequest.Builder request) {
        return send(request, Duration.ofSeconds(30));
    }

    private static Response send(HttpRequest.Builder request, Duration timeout) {
        HttpRequest built = request.timeout(timeout).build();
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = HTTP.send(built, HttpResponse.BodyHandlers.ofString());
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (millis > SLOW_MILLIS) {
                // a slow answer is worth a line in the test output: it names the request a hang would have hit
                System.out.printf("[system-tests] slow answer: %s %s took %d ms (%d, at %s)%n", built.method(),
                        built.uri().getPath(), millis, response.statusCode(), Instant.now());
            }
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            // the failure names the request (method and path, never the body) and when it was sent
            throw new java.io.UncheckedIOException(built.method() + " " + built.uri().getPath() + " sent at "
                    + Instant.now().minusNanos(System.nanoTime() - started) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleepSeconds(int seconds) {
        try {
            Thread.sleep(Duration.ofSeconds(Math.max(1, seconds)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
