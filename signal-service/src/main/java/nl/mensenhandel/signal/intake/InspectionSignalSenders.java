package nl.mensenhandel.signal.intake;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code signal.inspection-signal-clients}: the service accounts that deliver the findings of integrated
 * inspections as signals (docs/security.md "Service-to-service calls"); by default enforcement-service's.
 */
@ConfigurationProperties("signal")
public record InspectionSignalSenders(Set<String> inspectionSignalClients) {

    public InspectionSignalSenders {
        inspectionSignalClients = inspectionSignalClients == null ? Set.of("enforcement-service")
                : Set.copyOf(inspectionSignalClients);
    }
}
