package nl.mensenhandel.monitor.sources;

import java.time.Clock;

import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import nl.mensenhandel.platform.client.ServiceAccountTokens;

/**
 * monitor-service's own service account — realm client {@code monitor-service}, client credentials only, secret
 * {@code MONITOR_SERVICE_CLIENT_SECRET} (the demo realm's {@value #DEVELOPMENT_CLIENT_SECRET} under the local profile
 * only) — with which it reads the services' statistics, and the Feign clients of those operations.
 */
@Configuration(proxyBeanMethods = false)
@EnableFeignClients(clients = { StatisticsClients.Signals.class, StatisticsClients.Triage.class,
        StatisticsClients.Care.class, StatisticsClients.Enforcement.class })
class SourcesConfiguration {

    /** Only for local runs and tests (the demo realm's default); a deployment sets MONITOR_SERVICE_CLIENT_SECRET. */
    static final String DEVELOPMENT_CLIENT_SECRET = "monitor-service-demo-secret";

    @Bean
    ServiceAccountTokens monitorServiceAccountTokens(Environment environment, Clock clock) {
        return ServiceAccountTokens.configured(environment, "monitor.service-account", "monitor-service",
                "MONITOR_SERVICE_CLIENT_SECRET", DEVELOPMENT_CLIENT_SECRET, clock);
    }
}
