package nl.mensenhandel.care.requests;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code care.request-clients}: the service accounts that may deliver care requests (docs/security.md
 * "Service-to-service calls"); by default triage-service's, whose tables decide on care tracks.
 */
@ConfigurationProperties("care")
public record CareRequestSenders(Set<String> requestClients) {

    public CareRequestSenders {
        requestClients = requestClients == null ? Set.of("triage-service") : Set.copyOf(requestClients);
    }
}
