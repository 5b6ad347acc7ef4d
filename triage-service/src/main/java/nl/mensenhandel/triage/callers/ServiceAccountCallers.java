package nl.mensenhandel.triage.callers;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import reactor.core.publisher.Mono;

/**
 * Which service accounts may act on behalf of a user (docs/security.md, "Service-to-service calls"): a
 * token issued by client credentials to one of {@code triage.on-behalf-of-clients} (default
 * {@code signal-service}). Only such a caller's {@code onBehalfOf} is believed; the client is read from the
 * validated token's {@code azp}, which no user can obtain for these clients (they have no user login flow).
 */
@ConfigurationProperties("triage")
public record ServiceAccountCallers(Set<String> onBehalfOfClients) {

    public ServiceAccountCallers {
        onBehalfOfClients = onBehalfOfClients == null ? Set.of("signal-service") : Set.copyOf(onBehalfOfClients);
    }

    /** The calling service account as seen in its token, or empty when the caller is not a trusted service. */
    public Mono<ServiceAccount> current() {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(security -> security.getAuthentication())
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(auth -> ((JwtAuthenticationToken) auth).getToken())
                .filter(jwt -> jwt.getClaimAsString("azp") != null
                        && onBehalfOfClients.contains(jwt.getClaimAsString("azp")))
                .map(jwt -> new ServiceAccount(jwt.getClaimAsString("azp"), jwt.getSubject(),
                        jwt.getClaimAsString("preferred_username")));
    }

    /** A trusted service account: its client id, and the subject and username of its service-account user. */
    public record ServiceAccount(String clientId, String subject, String username) {
    }
}
