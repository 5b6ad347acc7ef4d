package nl.mensenhandel.gateway.dashboard;

import java.util.Map;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;

import nl.mensenhandel.platform.security.PlatformSecurityProperties;

/**
 * The gateway's client registration at Keycloak, built from the issuer the gateway already validates
 * ({@code platform.security.issuer-uri}) without a discovery call at start, so the gateway starts before
 * Keycloak does. The browser is sent to the issuer's own URL (authorization and logout endpoints); the
 * gateway itself talks to Keycloak where it fetches the signing keys ({@code platform.security.jwk-set-uri},
 * inside the cluster in compose and Kubernetes): the token endpoint sits next to the key set.
 */
public final class KeycloakClientRegistration {

    /** The registration id: the callback is {@code /login/oauth2/code/gateway}. */
    public static final String REGISTRATION_ID = "gateway";

    private static final String OIDC = "/protocol/openid-connect";

    private KeycloakClientRegistration() {
    }

    public static ClientRegistration create(PlatformSecurityProperties security, String clientId, String clientSecret) {
        String issuer = stripSlash(security.issuerUri());
        String jwks = security.effectiveJwkSetUri();
        String backchannel = jwks.endsWith(OIDC + "/certs")
                ? jwks.substring(0, jwks.length() - (OIDC + "/certs").length())
                : issuer;
        return ClientRegistration.withRegistrationId(REGISTRATION_ID)
                .clientId(clientId)
                .clientSecret(clientSecret)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                // openid only: the gateway needs no profile of the person, only their tokens to relay
                .scope("openid")
                .authorizationUri(issuer + OIDC + "/auth")
                .tokenUri(backchannel + OIDC + "/token")
                .jwkSetUri(jwks)
                .userNameAttributeName(IdTokenClaimNames.SUB)
                .issuerUri(issuer)
                .providerConfigurationMetadata(Map.of("end_session_endpoint", issuer + OIDC + "/logout"))
                .clientName("Keycloak")
                .build();
    }

    private static String stripSlash(String uri) {
        return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    }
}
