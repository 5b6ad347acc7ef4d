package nl.mensenhandel.platform.inbox;

import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.mensenhandel.platform.client.ServiceCommands;
import nl.mensenhandel.platform.inbox.client.InboxApi;
import nl.mensenhandel.platform.inbox.client.InboxApiClient;

/**
 * The platform inbox for a service that posts notifications: the generated inbox client (name and URL from
 * {@code inbox.name} and {@code inbox.url} in the service's application.yml, {@code SIGNAL_SERVICE_URL}) and the
 * {@link InboxDelivery} of the outbox. Import it ({@code @Import(InboxDeliveryConfiguration.class)}); the service
 * provides a {@link ServiceCommands} (its own service account), an {@link InboxSubject}, spring-cloud OpenFeign and
 * a Resilience4j circuit breaker and time limiter named {@value InboxDelivery#BREAKER}.
 */
@Configuration(proxyBeanMethods = false)
@EnableFeignClients(clients = InboxApiClient.class)
public class InboxDeliveryConfiguration {

    @Bean
    InboxDelivery inboxDelivery(InboxApi inbox, ServiceCommands commands, ReactiveCircuitBreakerFactory<?, ?> breakers,
            InboxSubject subject) {
        return new InboxDelivery(inbox, commands, breakers, subject);
    }
}
