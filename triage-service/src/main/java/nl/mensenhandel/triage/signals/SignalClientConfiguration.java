package nl.mensenhandel.triage.signals;

import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Configuration;

import nl.mensenhandel.triage.signalclient.SignalsApiClient;

/**
 * The generated signal-service client. Its name and URL come from {@code signals.name} and
 * {@code signals.url} (application.yml, {@code SIGNAL_SERVICE_URL}); platform-support adds the
 * relayed-token interceptor.
 */
@Configuration(proxyBeanMethods = false)
@EnableFeignClients(clients = SignalsApiClient.class)
class SignalClientConfiguration {
}
