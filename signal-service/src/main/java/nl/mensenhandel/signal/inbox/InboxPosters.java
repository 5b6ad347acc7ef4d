package nl.mensenhandel.signal.inbox;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

import nl.mensenhandel.platform.security.ServiceAccounts;
import reactor.core.publisher.Mono;

/**
 * Which callers may post to the inbox (docs/security.md "Service-to-service calls"): the service accounts of
 * the platform's own services, recognised by the validated token's {@code azp} (the client it was issued to)
 * being one of {@code inbox.posting-clients} and carrying no user's tenancy ({@code region}) — platform-support
 * {@link ServiceAccounts}. These clients
 * have no user login flow, so no user token carries their {@code azp}; a user token answers 403 whatever its
 * roles.
 */
@ConfigurationProperties("inbox")
public record InboxPosters(Set<String> postingClients) {

    public InboxPosters {
        postingClients = postingClients == null
                ? Set.of("triage-service", "care-coordination-service", "enforcement-service")
                : Set.copyOf(postingClients);
    }

    /** A platform service posting: its client id and its service-account subject. */
    public record Poster(String clientId, String subject) {
    }

    /** The calling service, or a 403 problem for anyone else. */
    public Mono<Poster> current() {
        return new ServiceAccounts(postingClients)
                .require("inbox-posted-by-platform-services", "Only the platform's own services post notifications")
                .map(account -> new Poster(account.clientId(), account.subject()));
    }
}
