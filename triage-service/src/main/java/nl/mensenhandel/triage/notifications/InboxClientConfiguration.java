package nl.mensenhandel.triage.notifications;

import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Configuration;

import nl.mensenhandel.triage.inboxclient.InboxApiClient;

/**
 * The generated inbox client ({@code api-specs/inbox.yaml}, served by signal-service). Its name and URL come from
 * {@code inbox.name} and {@code inbox.url} (application.yml, {@code SIGNAL_SERVICE_URL}); it is called only with
 * triage-service's own service-account token ({@code ServiceCommands}).
 */
@Configuration(proxyBeanMethods = false)
@EnableFeignClients(clients = InboxApiClient.class)
class InboxClientConfiguration {
}
