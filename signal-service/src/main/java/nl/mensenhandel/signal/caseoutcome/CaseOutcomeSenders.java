package nl.mensenhandel.signal.caseoutcome;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code signal.case-outcome-clients}: the service accounts that may record a casus' outcome on its signals
 * (docs/security.md "Service-to-service calls"); by default triage-service's.
 */
@ConfigurationProperties("signal")
public record CaseOutcomeSenders(Set<String> caseOutcomeClients) {

    public CaseOutcomeSenders {
        caseOutcomeClients = caseOutcomeClients == null ? Set.of("triage-service") : Set.copyOf(caseOutcomeClients);
    }
}
