package nl.mensenhandel.enforcement.requests;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code enforcement.request-clients}: the service accounts that may deliver inspection requests
 * (docs/security.md "Service-to-service calls"); by default triage-service's.
 */
@ConfigurationProperties("enforcement")
public record InspectionRequestSenders(Set<String> requestClients) {

    public InspectionRequestSenders {
        requestClients = requestClients == null ? Set.of("triage-service") : Set.copyOf(requestClients);
    }
}
