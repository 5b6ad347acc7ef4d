package nl.mensenhandel.signal.inbox;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.problem.ProblemType;
import reactor.core.publisher.Mono;

/**
 * Which callers may post to the inbox (docs/security.md "Service-to-service calls"): the service accounts of
 * the platform's own services, recognised by the validated token's {@code azp} (the client it was issued to)
 * being one of {@code inbox.posting-clients} and carrying no user's tenancy ({@code region}). These clients
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
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(security -> security.getAuthentication())
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(auth -> ((JwtAuthenticationToken) auth).getToken())
                .filter(this::isPostingService)
                .map(jwt -> new Poster(jwt.getClaimAsString("azp"), jwt.getSubject()))
                .switchIfEmpty(Mono.error(() -> new ApiProblem(ProblemType.FORBIDDEN,
                        "Only the platform's own services post notifications (service accounts; rule:"
                                + " inbox-posted-by-platform-services).")));
    }

    /** Rule inbox-posted-by-platform-services: a listed client's service account, no user's token. */
    boolean isPostingService(Jwt jwt) {
        String client = jwt.getClaimAsString("azp");
        String region = jwt.getClaimAsString("region");
        return client != null && postingClients.contains(client) && (region == null || region.isBlank());
    }
}
