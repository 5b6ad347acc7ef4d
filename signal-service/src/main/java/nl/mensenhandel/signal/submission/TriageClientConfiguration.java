package nl.mensenhandel.signal.submission;

import java.time.Clock;

import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import nl.mensenhandel.platform.client.ServiceAccountTokens;
import nl.mensenhandel.platform.outbox.OutboxCollection;
import nl.mensenhandel.signal.triageclient.CasesApiClient;

/**
 * The generated triage-service client ({@code cases.name}/{@code cases.url} in application.yml,
 * {@code TRIAGE_SERVICE_URL}), signal-service's service account that calls it (realm client
 * {@code signal-service}, secret {@code SIGNAL_SERVICE_CLIENT_SECRET}), and the submissions as an outbox
 * collection.
 */
@Configuration(proxyBeanMethods = false)
@EnableFeignClients(clients = CasesApiClient.class)
class TriageClientConfiguration {

    /** Only for local runs and tests (the demo realm's default); a deployment sets SIGNAL_SERVICE_CLIENT_SECRET. */
    private static final String DEVELOPMENT_CLIENT_SECRET = "signal-service-demo-secret";

    @Bean
    ServiceAccountTokens serviceAccountTokens(Environment environment, Clock clock) {
        return ServiceAccountTokens.configured(environment, "signals.service-account", "signal-service",
                "SIGNAL_SERVICE_CLIENT_SECRET", DEVELOPMENT_CLIENT_SECRET, clock);
    }

    @Bean
    OutboxCollection triageSubmissionOutbox() {
        return new OutboxCollection(TriageSubmission.COLLECTION);
    }
}
