package nl.mensenhandel.triage.commands;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import nl.mensenhandel.platform.client.ServiceAccountTokens;
import nl.mensenhandel.platform.client.ServiceCommands;
import nl.mensenhandel.platform.outbox.OutboxCollection;

/**
 * triage-service's service account (realm client {@code triage-service}, secret
 * {@code TRIAGE_SERVICE_CLIENT_SECRET}) that delivers the tables' commands from the casus outbox — long after the
 * user who decided has logged off — and the casussen as an outbox collection.
 */
@Configuration(proxyBeanMethods = false)
class CommandsConfiguration {

    /** Only for local runs and tests (the demo realm's default); a deployment sets TRIAGE_SERVICE_CLIENT_SECRET. */
    private static final String DEVELOPMENT_CLIENT_SECRET = "triage-service-demo-secret";

    @Bean
    ServiceAccountTokens serviceAccountTokens(Environment environment, Clock clock) {
        return ServiceAccountTokens.configured(environment, "triage.service-account", "triage-service",
                "TRIAGE_SERVICE_CLIENT_SECRET", DEVELOPMENT_CLIENT_SECRET, clock);
    }

    @Bean
    ServiceCommands serviceCommands(ServiceAccountTokens tokens) {
        return new ServiceCommands(tokens);
    }

    @Bean
    OutboxCollection casusOutbox() {
        return new OutboxCollection("cases");
    }
}
