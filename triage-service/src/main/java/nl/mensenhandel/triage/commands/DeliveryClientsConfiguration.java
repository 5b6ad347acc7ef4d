package nl.mensenhandel.triage.commands;

import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Configuration;

import nl.mensenhandel.triage.careclient.CareRequestsApiClient;
import nl.mensenhandel.triage.enforcementclient.InspectionRequestsApiClient;
import nl.mensenhandel.triage.signalclient.TriageApiClient;

/**
 * The generated clients of the commands' receivers; names and URLs from {@code careRequests.*},
 * {@code inspectionRequests.*} and {@code triage.name}/{@code triage.url} (application.yml:
 * {@code CARE_SERVICE_URL}, {@code ENFORCEMENT_SERVICE_URL}, {@code SIGNAL_SERVICE_URL}). platform-support adds the
 * relayed-token interceptor, which sends the service account's token ({@link nl.mensenhandel.platform.client.ServiceCommands}).
 */
@Configuration(proxyBeanMethods = false)
@EnableFeignClients(clients = { CareRequestsApiClient.class, InspectionRequestsApiClient.class,
        TriageApiClient.class })
class DeliveryClientsConfiguration {
}
