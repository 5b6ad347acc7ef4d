package nl.mensenhandel.care.notifications;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

import nl.mensenhandel.care.placements.Placement;
import nl.mensenhandel.care.requests.EmergencyHousingRequest;
import nl.mensenhandel.platform.client.ServiceAccountTokens;
import nl.mensenhandel.platform.client.ServiceCommands;
import nl.mensenhandel.platform.inbox.InboxDeliveryConfiguration;
import nl.mensenhandel.platform.outbox.OutboxCollection;

/**
 * The placements as an outbox collection, and their delivery to the platform inbox (platform-support {@code inbox})
 * with care-coordination-service's own service account: realm client {@code care-coordination-service}, client
 * credentials only, secret {@code CARE_SERVICE_CLIENT_SECRET} (docs/security.md "Service-to-service calls") —
 * a noodbed alert or an expired reservation is raised by a job, long after any user's token.
 */
@Configuration(proxyBeanMethods = false)
@Import(InboxDeliveryConfiguration.class)
class NotificationsConfiguration {

    /** Only for local runs and tests (the demo realm's default); a deployment sets CARE_SERVICE_CLIENT_SECRET. */
    private static final String DEVELOPMENT_CLIENT_SECRET = "care-coordination-service-demo-secret";

    @Bean
    ServiceCommands careServiceAccount(Environment environment, Clock clock) {
        return new ServiceCommands(ServiceAccountTokens.configured(environment, "care.service-account",
                "care-coordination-service", "CARE_SERVICE_CLIENT_SECRET", DEVELOPMENT_CLIENT_SECRET, clock));
    }

    /** The placements hold their notifications until delivered ({@code Placement#outbox}). */
    @Bean
    OutboxCollection placementsOutbox() {
        return new OutboxCollection(Placement.COLLECTION);
    }

    /** The emergency-housing requests hold their zorgcoördinatoren's notification until delivered. */
    @Bean
    OutboxCollection emergencyHousingOutbox() {
        return new OutboxCollection(EmergencyHousingRequest.COLLECTION);
    }
}
