package nl.mensenhandel.enforcement.commands;

import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Configuration;

import nl.mensenhandel.enforcement.careclient.CareRequestsApiClient;
import nl.mensenhandel.enforcement.signalclient.IntakeApiClient;

/**
 * The generated clients of the outbox's receivers; names and URLs from {@code intake.*} (signal-service,
 * {@code SIGNAL_SERVICE_URL}) and {@code careRequests.*} (care-coordination-service, {@code CARE_SERVICE_URL}) in
 * application.yml. platform-support adds the relayed-token interceptor, which sends the service account's token
 * ({@link nl.mensenhandel.platform.client.ServiceCommands}).
 */
@Configuration(proxyBeanMethods = false)
@EnableFeignClients(clients = { IntakeApiClient.class, CareRequestsApiClient.class })
class DeliveryClientsConfiguration {
}
