package nl.mensenhandel.systemtest;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Logs a demo user in the way a field tool does: the public client {@code field-app}, authorization code flow with
 * PKCE S256 against the real Keycloak login page (RFC 7636) — no password grant. The "browser" is a plain HTTP client
 * with a cookie jar that fills in Keycloak's login form; the redirect to the tool's loopback address is read, not
 * followed (nothing listens there, as with a native app that catches its redirect itself).
 */
final class FieldAppLogin {

    static final String CLIENT_ID = "field-app";
    /** Any loopback port is allowed for the demo realm's field-app (RFC 8252 §7.3). */
    static final String REDIRECT_URI = "http://127.0.0.1:53682/callback";
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern CODE = Pattern.compile("[?&]code=([^&]+)");

    /** What the field tool holds after the login, before it exchanges the code. */
    record Authorization(String code, String verifier) {
    }

    private FieldAppLogin() {
    }

    /** The access token a field tool gets for {@code username} (password {@code demo}). */
    static String accessToken(String username) {
        Authorization authorization = authorize(username);
        Api.Response token = exchange(authorization.code(), authorization.verifier());
        if (token.status() != 200) {
            throw new IllegalStateException("field-app code exchange refused: " + token.status() + " " + token.body());
        }
        return token.json().get("access_token").asString();
    }

    /** The login up to the authorization code, with the verifier whose S256 challenge was sent. */
    static Authorization authorize(String username) {
        String verifier = verifier();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        String authorizeUrl = realmUrl() + "/protocol/openid-connect/auth?client_id=" + CLIENT_ID
                + "&response_type=code&scope=openid&state=field-" + System.nanoTime()
                + "&redirect_uri=" + enc(REDIRECT_URI) + "&code_challenge=" + challenge(verifier)
                + "&code_challenge_method=S256";
        HttpResponse<String> page = send(browser, HttpRequest.newBuilder(URI.create(authorizeUrl)).GET());
        Matcher action = FORM_ACTION.matcher(page.body());
        if (page.statusCode() != 200 || !action.find()) {
            throw new IllegalStateException("no Keycloak login form: " + page.statusCode());
        }
        HttpResponse<String> login = send(browser, HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(username) + "&password=demo")));
        String location = login.headers().firstValue("Location").orElse("");
        Matcher code = CODE.matcher(location);
        if (login.statusCode() != 302 || !location.startsWith(REDIRECT_URI) || !code.find()) {
            throw new IllegalStateException("login did not redirect to the field tool with a code: " + login.statusCode());
        }
        return new Authorization(code.group(1), verifier);
    }

    /** The token request of the field tool; {@code verifier} null leaves it out (which PKCE must refuse). */
    static Api.Response exchange(String code, String verifier) {
        String form = "grant_type=authorization_code&client_id=" + CLIENT_ID + "&code=" + enc(code) + "&redirect_uri="
                + enc(REDIRECT_URI) + (verifier == null ? "" : "&code_verifier=" + enc(verifier));
        return Api.send(HttpRequest.newBuilder(URI.create(realmUrl() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private static String realmUrl() {
        return RunningPlatform.keycloakUrl() + "/realms/" + RunningPlatform.realm();
    }

    private static String verifier() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Keycloak not reachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
