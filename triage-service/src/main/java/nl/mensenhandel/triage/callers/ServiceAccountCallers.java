package nl.mensenhandel.triage.callers;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

import nl.mensenhandel.platform.security.ServiceAccounts;
import reactor.core.publisher.Mono;

/**
 * Which service accounts may act on behalf of a user (docs/security.md, "Service-to-service calls"): a
 * token issued by client credentials to one of {@code triage.on-behalf-of-clients} (default
 * {@code signal-service}). Only such a caller's {@code onBehalfOf} is believed; the client is read from the
 * validated token's {@code azp}, which no user can obtain for these clients (they have no user login flow), and
 * the token carries no user's region (platform-support {@link ServiceAccounts}).
 */
@ConfigurationProperties("triage")
public record ServiceAccountCallers(Set<String> onBehalfOfClients) {

    public ServiceAccountCallers {
        onBehalfOfClients = onBehalfOfClients == null ? Set.of("signal-service") : Set.copyOf(onBehalfOfClients);
    }

    /** The calling service account as seen in its token, or empty when the caller is not a trusted service. */
    public Mono<ServiceAccount> current() {
        return new ServiceAccounts(onBehalfOfClients).current()
                .map(account -> new ServiceAccount(account.clientId(), account.subject(), account.username()));
    }

    /** A trusted service account: its client id, and the subject and username of its service-account user. */
    public record ServiceAccount(String clientId, String subject, String username) {
    }
}
