package nl.mensenhandel.gateway.dashboard;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The dashboard's login at the gateway (backend for frontend): the realm client the gateway logs people in
 * with. The client secret is not here: it comes from {@code GATEWAY_CLIENT_SECRET} through platform-support's
 * {@code Secrets} (fail closed outside the local profile).
 *
 * @param clientId          the confidential realm client, {@code gateway}
 * @param secureCookies     the session and CSRF cookies carry {@code Secure}; off only for plain-http local runs
 * @param postLogoutPath    where Keycloak sends the browser back to after logout
 */
@ConfigurationProperties("gateway.dashboard")
public record DashboardLoginProperties(String clientId, Boolean secureCookies, String postLogoutPath) {

    public DashboardLoginProperties {
        clientId = clientId == null || clientId.isBlank() ? "gateway" : clientId;
        secureCookies = secureCookies == null || secureCookies;
        postLogoutPath = postLogoutPath == null || postLogoutPath.isBlank() ? "/dashboard/" : postLogoutPath;
    }
}
