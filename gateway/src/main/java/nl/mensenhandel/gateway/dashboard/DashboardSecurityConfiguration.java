package nl.mensenhandel.gateway.dashboard;

import java.net.URI;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint.DelegateEntry;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.HttpStatusServerEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.logout.DelegatingServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.SecurityContextServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.WebSessionServerLogoutHandler;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

import nl.mensenhandel.platform.config.Secrets;
import nl.mensenhandel.platform.security.PlatformSecurityProperties;

/**
 * The dashboard's login at the gateway (backend for frontend, issue 11 §8). Only the browser paths —
 * {@code /dashboard/**}, the login endpoints {@code /oauth2/**} and {@code /login/**}, and {@code /logout} —
 * have this chain, ordered before platform-support's bearer-token chain, which keeps every other path
 * ({@code /api/**}) bearer-only and stateless: a session cookie never authenticates there.
 * <ul>
 * <li>Login: authorization code flow with Keycloak's confidential client {@code gateway}. The tokens stay in
 * the server-side session ({@link WebSessionServerOAuth2AuthorizedClientRepository}); the browser holds only
 * the session cookie (HttpOnly, SameSite=Lax, Secure). The routes relay the access token to monitor-service
 * ({@code TokenRelay}, refreshed when expired), which validates it itself (zero trust).</li>
 * <li>A page without a session is sent to Keycloak; a data call under {@code /dashboard/api/} answers 401
 * (the page then reloads to log in again) instead of a redirect a script cannot follow.</li>
 * <li>Logout ({@code POST /logout} with the CSRF token) ends the session here and at Keycloak
 * (RP-initiated logout), back to the dashboard.</li>
 * <li>CSRF protection for every non-GET: the token in the {@code XSRF-TOKEN} cookie, sent back as form field
 * {@code _csrf} or header {@code X-XSRF-TOKEN}.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DashboardLoginProperties.class)
public class DashboardSecurityConfiguration {

    static final String CLIENT_SECRET_PROPERTY = "gateway.dashboard.client-secret";
    static final String CLIENT_SECRET_VARIABLE = "GATEWAY_CLIENT_SECRET";
    /** The demo realm's secret of client {@code gateway}; used only under the local profile. */
    static final String DEMO_CLIENT_SECRET = "gateway-demo-secret";

    @Bean
    ReactiveClientRegistrationRepository dashboardClientRegistrations(PlatformSecurityProperties security,
            DashboardLoginProperties dashboard, Environment environment) {
        String secret = Secrets.require(environment, CLIENT_SECRET_PROPERTY, CLIENT_SECRET_VARIABLE, DEMO_CLIENT_SECRET);
        return new InMemoryReactiveClientRegistrationRepository(
                KeycloakClientRegistration.create(security, dashboard.clientId(), secret));
    }

    /** The person's tokens live in their session on the gateway, never in the browser. */
    @Bean
    ServerOAuth2AuthorizedClientRepository dashboardAuthorizedClients() {
        return new WebSessionServerOAuth2AuthorizedClientRepository();
    }

    /** Used by TokenRelay: the session's access token, refreshed with its refresh token when it expired. */
    @Bean
    ReactiveOAuth2AuthorizedClientManager dashboardAuthorizedClientManager(
            ReactiveClientRegistrationRepository registrations, ServerOAuth2AuthorizedClientRepository clients) {
        DefaultReactiveOAuth2AuthorizedClientManager manager =
                new DefaultReactiveOAuth2AuthorizedClientManager(registrations, clients);
        manager.setAuthorizedClientProvider(ReactiveOAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode().refreshToken().build());
        return manager;
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityWebFilterChain dashboardSecurityFilterChain(ServerHttpSecurity http,
            ReactiveClientRegistrationRepository registrations, ServerOAuth2AuthorizedClientRepository clients,
            DashboardLoginProperties dashboard) {
        CookieServerCsrfTokenRepository csrfTokens = CookieServerCsrfTokenRepository.withHttpOnlyFalse();
        csrfTokens.setCookiePath("/");
        csrfTokens.setCookieCustomizer(cookie -> cookie.secure(dashboard.secureCookies()).sameSite("Strict"));

        OidcClientInitiatedServerLogoutSuccessHandler keycloakLogout =
                new OidcClientInitiatedServerLogoutSuccessHandler(registrations);
        keycloakLogout.setPostLogoutRedirectUri("{baseUrl}" + dashboard.postLogoutPath());
        keycloakLogout.setLogoutSuccessUrl(URI.create(dashboard.postLogoutPath()));

        DelegatingServerAuthenticationEntryPoint entryPoint = new DelegatingServerAuthenticationEntryPoint(
                new DelegateEntry(ServerWebExchangeMatchers.pathMatchers("/dashboard/api/**"),
                        new HttpStatusServerEntryPoint(HttpStatus.UNAUTHORIZED)));
        entryPoint.setDefaultEntryPoint(new RedirectServerAuthenticationEntryPoint(
                "/oauth2/authorization/" + KeycloakClientRegistration.REGISTRATION_ID));

        return http
                .securityMatcher(ServerWebExchangeMatchers.pathMatchers(
                        "/dashboard", "/dashboard/**", "/oauth2/**", "/login/**", "/logout"))
                .authorizeExchange(exchanges -> exchanges.anyExchange().authenticated())
                .oauth2Login(login -> login
                        .clientRegistrationRepository(registrations)
                        .authorizedClientRepository(clients)
                        .authenticationFailureHandler(new LoginFailureHandler()))
                .oauth2Client(client -> client
                        .clientRegistrationRepository(registrations)
                        .authorizedClientRepository(clients))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint))
                .csrf(csrf -> csrf
                        .csrfTokenRepository(csrfTokens)
                        .csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler()))
                .addFilterAfter(new CsrfTokenCookieFilter(), SecurityWebFiltersOrder.CSRF)
                .logout(logout -> logout
                        .logoutHandler(new DelegatingServerLogoutHandler(new SecurityContextServerLogoutHandler(),
                                new WebSessionServerLogoutHandler()))
                        .logoutSuccessHandler(keycloakLogout))
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
                                + "style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; "
                                + "base-uri 'self'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }
}
