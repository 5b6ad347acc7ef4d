package nl.mensenhandel.platform.testing;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Mock tokens shaped like the platform's Keycloak tokens (claims region, municipalities,
 * organisation, provider; realm roles under realm_access.roles), for WebTestClient tests.
 */
public final class TestJwts {

    private TestJwts() {
    }

    /**
     * A WebTestClient bound to the application context with Spring Security's test support, so
     * {@code mutateWith(TestJwts.user(...))} authenticates while the service's own security chain runs.
     */
    public static WebTestClient client(ApplicationContext context) {
        return WebTestClient.bindToApplicationContext(context)
                .apply(SecurityMockServerConfigurers.springSecurity())
                .configureClient()
                .build();
    }

    public static JwtMutator user(String username, String region, List<String> municipalities, String... roles) {
        return SecurityMockServerConfigurers.mockJwt().jwt(jwt -> jwt
                .subject(UUID.nameUUIDFromBytes(username.getBytes()).toString())
                .claim("preferred_username", username)
                .claim("region", region)
                .claim("municipalities", municipalities)
                .claim("organisation", "Test " + username)
                .claim("realm_access", Map.of("roles", List.of(roles))));
    }

    public static JwtMutator careProvider(String clientId, String region, String provider, String... roles) {
        return SecurityMockServerConfigurers.mockJwt().jwt(jwt -> jwt
                .subject(UUID.nameUUIDFromBytes(clientId.getBytes()).toString())
                .claim("preferred_username", "service-account-" + clientId)
                .claim("azp", clientId)
                .claim("region", region)
                .claim("provider", provider)
                .claim("organisation", provider)
                .claim("realm_access", Map.of("roles", List.of(roles))));
    }

    /** A platform service's own account (client credentials): its client id as {@code azp}, no region, no role. */
    public static JwtMutator serviceAccount(String clientId) {
        return SecurityMockServerConfigurers.mockJwt().jwt(jwt -> jwt
                .subject(UUID.nameUUIDFromBytes(clientId.getBytes()).toString())
                .claim("preferred_username", "service-account-" + clientId)
                .claim("azp", clientId)
                .claim("realm_access", Map.of("roles", List.of())));
    }
}
