package nl.mensenhandel.care.requests;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code care.emergency-housing-clients}: the service accounts that may ask for emergency housing of people a
 * measure puts out of their home (docs/security.md "Service-to-service calls"); by default enforcement-service's.
 */
@ConfigurationProperties("care")
public record EmergencyHousingSenders(Set<String> emergencyHousingClients) {

    public EmergencyHousingSenders {
        emergencyHousingClients = emergencyHousingClients == null ? Set.of("enforcement-service")
                : Set.copyOf(emergencyHousingClients);
    }
}
