package nl.mensenhandel.enforcement.commands;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Fallback;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

import nl.mensenhandel.platform.client.ServiceAccountTokens;
import nl.mensenhandel.platform.client.ServiceCommands;
import nl.mensenhandel.platform.inbox.InboxDeliveryConfiguration;
import nl.mensenhandel.platform.inbox.InboxSubject;
import nl.mensenhandel.platform.outbox.OutboxCollection;

/**
 * enforcement-service's own service account — realm client {@code enforcement-service}, client credentials only,
 * secret {@code ENFORCEMENT_SERVICE_CLIENT_SECRET} (docs/security.md "Service-to-service calls") — which delivers
 * the outbox of findings and measures long after the handhaver's token expired, and the two outbox collections.
 */
@Configuration(proxyBeanMethods = false)
@Import(InboxDeliveryConfiguration.class)
class CommandsConfiguration {

    /** Only for local runs and tests (the demo realm's default); a deployment sets ENFORCEMENT_SERVICE_CLIENT_SECRET. */
    private static final String DEVELOPMENT_CLIENT_SECRET = "enforcement-service-demo-secret";

    /** The collections whose documents carry outbox entries. */
    static final String FINDINGS = "findings";
    static final String MEASURES = "measures";

    @Bean
    ServiceAccountTokens enforcementServiceAccountTokens(Environment environment, Clock clock) {
        return ServiceAccountTokens.configured(environment, "enforcement.service-account", "enforcement-service",
                "ENFORCEMENT_SERVICE_CLIENT_SECRET", DEVELOPMENT_CLIENT_SECRET, clock);
    }

    @Bean
    ServiceCommands enforcementServiceAccount(ServiceAccountTokens tokens) {
        return new ServiceCommands(tokens);
    }

    /**
     * What enforcement-service's inbox notifications are about when no slice names it (they come from measures);
     * a {@link Fallback}: the measures' own {@link InboxSubject} replaces it without a second-bean conflict, and
     * until then the service starts with the inbox delivery its configuration imports.
     */
    @Bean
    @Fallback
    InboxSubject measureInboxSubject() {
        return new InboxSubject() {
            @Override
            public String aboutType() {
                return "measure";
            }

            @Override
            public String urgency(String kind) {
                return "NORMAAL";
            }
        };
    }

    /** Findings hold their signal until delivered. */
    @Bean
    OutboxCollection findingsOutbox() {
        return new OutboxCollection(FINDINGS);
    }

    /** Measures hold their emergency-housing request and their notifications until delivered. */
    @Bean
    OutboxCollection measuresOutbox() {
        return new OutboxCollection(MEASURES);
    }
}
