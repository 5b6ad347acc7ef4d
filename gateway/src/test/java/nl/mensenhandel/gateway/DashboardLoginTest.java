package nl.mensenhandel.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.util.UriComponentsBuilder;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import nl.mensenhandel.gateway.support.FakeBackends;
import nl.mensenhandel.gateway.support.TestTokens;

/**
 * The dashboard's login at the gateway (BFF) against a fake Keycloak: a page without a session goes to
 * Keycloak's login with client {@code gateway}; after the code flow the session's access token is relayed to
 * monitor-service on the dashboard routes (never the browser's cookies); the same session cookie is worthless
 * on {@code /api/**} (bearer only); logout needs the CSRF token and ends the session at Keycloak too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DashboardLoginTest {

    static final String TOKEN_PATH = "/realms/mensenhandel/protocol/openid-connect/token";

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        FakeBackends.register(registry);
    }

    @LocalServerPort
    int port;

    WebTestClient http;

    @BeforeEach
    void setUp() {
        http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(20)).build();
        FakeBackends.resetServices();
        FakeBackends.service("monitor-service").stubFor(any(urlPathMatching("/.*")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("{\"answeredBy\":\"monitor-service\"}")));
    }

    @Test
    void theDashboardWithoutASessionIsSentToKeycloaksLoginWithTheGatewayClient() {
        EntityExchangeResult<byte[]> first = http.get().uri("/dashboard/").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isFound()
                .expectBody().returnResult();
        URI toLogin = first.getResponseHeaders().getLocation();
        assertThat(toLogin).hasToString("/oauth2/authorization/gateway");

        URI toKeycloak = http.get().uri(toLogin.toString()).cookie("SESSION", sessionOf(first)).exchange()
                .expectStatus().isFound()
                .expectBody().returnResult().getResponseHeaders().getLocation();
        assertThat(toKeycloak.toString()).startsWith(TestTokens.ISSUER + "/protocol/openid-connect/auth?");
        MultiValueMap<String, String> query = UriComponentsBuilder.fromUri(toKeycloak).build().getQueryParams();
        assertThat(query.getFirst("client_id")).isEqualTo("gateway");
        assertThat(query.getFirst("response_type")).isEqualTo("code");
        assertThat(decode(query.getFirst("redirect_uri")))
                .isEqualTo("http://localhost:" + port + "/login/oauth2/code/gateway");
        assertThat(query.getFirst("state")).isNotBlank();
        assertThat(query.getFirst("nonce")).isNotBlank();
        assertThat(requestsToMonitor()).isEmpty();
    }

    @Test
    void aDataCallWithoutASessionAnswers401InsteadOfARedirect() {
        http.get().uri("/dashboard/api/monitor/figures").exchange().expectStatus().isUnauthorized();
        assertThat(requestsToMonitor()).isEmpty();
    }

    @Test
    void afterLoginTheSessionsTokenIsRelayedOnTheDashboardRoutesAndTheCookieIsWorthlessOnTheApi() {
        String accessToken = TestTokens.valid("gateway", "regisseur-1");
        String session = logIn(accessToken);

        // the data route: rewritten to the monitor's API, the session's token relayed, no browser cookie passed on
        http.get().uri("/dashboard/api/monitor/figures?audience=PUBLIEK").cookie("SESSION", session).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.answeredBy").isEqualTo("monitor-service");
        // the page itself
        http.get().uri("/dashboard/app.js").cookie("SESSION", session).exchange().expectStatus().isOk();
        List<LoggedRequest> received = requestsToMonitor();
        assertThat(received).extracting(LoggedRequest::getUrl)
                .containsExactly("/api/monitor/figures?audience=PUBLIEK", "/dashboard/app.js");
        assertThat(received).allSatisfy(request -> {
            assertThat(request.getHeader(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer " + accessToken);
            assertThat(request.containsHeader(HttpHeaders.COOKIE)).isFalse();
        });
        FakeBackends.resetServices();

        // the same session cookie on the API: bearer only, no cookie authentication
        http.get().uri("/api/monitor/figures").cookie("SESSION", session).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectHeader().doesNotExist(HttpHeaders.SET_COOKIE);
        assertThat(requestsToMonitor()).isEmpty();
    }

    @Test
    void logoutNeedsTheCsrfTokenAndEndsTheSessionAtKeycloakToo() {
        String session = logIn(TestTokens.valid("gateway", "regisseur-2"));
        EntityExchangeResult<byte[]> page = http.get().uri("/dashboard/").cookie("SESSION", session).exchange()
                .expectStatus().isOk().expectBody().returnResult();
        ResponseCookie csrf = page.getResponseCookies().getFirst("XSRF-TOKEN");
        assertThat(csrf).isNotNull();
        assertThat(csrf.getSameSite()).isEqualTo("Strict");

        http.post().uri("/logout").cookie("SESSION", session).exchange().expectStatus().isForbidden();
        http.get().uri("/dashboard/api/monitor/figures").cookie("SESSION", session).exchange().expectStatus().isOk();

        URI toKeycloak = http.post().uri("/logout").cookie("SESSION", session).cookie("XSRF-TOKEN", csrf.getValue())
                .body(BodyInserters.fromFormData("_csrf", csrf.getValue()))
                .exchange()
                .expectStatus().isFound()
                .expectBody().returnResult().getResponseHeaders().getLocation();
        assertThat(toKeycloak.toString()).startsWith(TestTokens.ISSUER + "/protocol/openid-connect/logout?");
        MultiValueMap<String, String> query = UriComponentsBuilder.fromUri(toKeycloak).build().getQueryParams();
        assertThat(query.getFirst("id_token_hint")).isNotBlank();
        assertThat(decode(query.getFirst("post_logout_redirect_uri"))).isEqualTo("http://localhost:" + port + "/dashboard/");

        http.get().uri("/dashboard/api/monitor/figures").cookie("SESSION", session).exchange()
                .expectStatus().isUnauthorized();
    }

    /** The authorization code flow against the fake Keycloak; answers the logged-in session's id. */
    private String logIn(String accessToken) {
        EntityExchangeResult<byte[]> start = http.get().uri("/dashboard/").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isFound().expectBody().returnResult();
        String session = sessionOf(start);
        URI toKeycloak = http.get().uri("/oauth2/authorization/gateway").cookie("SESSION", session).exchange()
                .expectStatus().isFound().expectBody().returnResult().getResponseHeaders().getLocation();
        MultiValueMap<String, String> query = UriComponentsBuilder.fromUri(toKeycloak).build().getQueryParams();
        String idToken = TestTokens.builder("gateway", "regisseur").audience("gateway")
                .claim("nonce", decode(query.getFirst("nonce"))).sign();
        FakeBackends.KEYCLOAK.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody("{\"access_token\":\"" + accessToken + "\",\"token_type\":\"Bearer\",\"expires_in\":300,"
                        + "\"refresh_token\":\"refresh-1\",\"id_token\":\"" + idToken + "\",\"scope\":\"openid\"}")));

        EntityExchangeResult<byte[]> callback = http.get()
                .uri("/login/oauth2/code/gateway?code=code-1&state={state}", decode(query.getFirst("state")))
                .cookie("SESSION", session).exchange()
                .expectStatus().isFound().expectBody().returnResult();
        assertThat(callback.getResponseHeaders().getLocation()).hasToString("/dashboard/");
        // the code was exchanged with the client's secret, server to server
        FakeBackends.KEYCLOAK.verify(postRequestedFor(urlPathEqualTo(TOKEN_PATH))
                .withHeader(HttpHeaders.AUTHORIZATION, com.github.tomakehurst.wiremock.client.WireMock.equalTo("Basic "
                        + Base64.getEncoder().encodeToString("gateway:gateway-test-secret".getBytes(StandardCharsets.UTF_8)))));
        String loggedIn = sessionOf(callback);
        // a new session id at login (no session fixation); the cookie holds no token
        assertThat(loggedIn).isNotEqualTo(session).doesNotContain(accessToken).doesNotContain(idToken);
        ResponseCookie cookie = callback.getResponseCookies().getFirst("SESSION");
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getSameSite()).isEqualToIgnoringCase("Lax");
        assertThat(cookie.isSecure()).isTrue();
        return loggedIn;
    }

    private static String sessionOf(EntityExchangeResult<?> result) {
        ResponseCookie cookie = result.getResponseCookies().getFirst("SESSION");
        assertThat(cookie).as("session cookie").isNotNull();
        return cookie.getValue();
    }

    private static String decode(String value) {
        return java.net.URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private static List<LoggedRequest> requestsToMonitor() {
        return FakeBackends.service("monitor-service").findAll(com.github.tomakehurst.wiremock.client.WireMock
                .anyRequestedFor(urlPathMatching("/.*")));
    }
}
