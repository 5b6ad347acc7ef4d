package nl.mensenhandel.triage.notifications;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import nl.mensenhandel.platform.inbox.InboxDeliveryConfiguration;

/**
 * The platform inbox (platform-support {@code inbox}: the generated client of {@code api-specs/inbox.yaml}, served by
 * signal-service, and its outbox delivery). Its name and URL come from {@code inbox.name} and {@code inbox.url}
 * (application.yml, {@code SIGNAL_SERVICE_URL}); it is called only with triage-service's own service-account token
 * ({@code ServiceCommands}); {@link CasusNotifications} says what the notifications are about.
 */
@Configuration(proxyBeanMethods = false)
@Import(InboxDeliveryConfiguration.class)
class InboxClientConfiguration {
}
