package nl.mensenhandel.monitor.sources;

import org.springframework.cloud.openfeign.FeignClient;

/**
 * The four services' statistics operations as Feign clients: the generated contract interfaces ({@code tag
 * statistics} of each service's contract, filtered to that one operation), each under its own client name and base
 * URL ({@code monitor.sources.<service>.url}). The generated {@code StatisticsApiClient}s would all read the same
 * {@code statistics.url}, hence these declarations. platform-support's relayed-token interceptor sends
 * monitor-service's own service-account token ({@link ServiceStatisticsSources}).
 */
final class StatisticsClients {

    private StatisticsClients() {
    }

    @FeignClient(name = "signal-service", url = "${monitor.sources.signal-service.url}")
    interface Signals extends nl.mensenhandel.monitor.sources.signalclient.StatisticsApi {
    }

    @FeignClient(name = "triage-service", url = "${monitor.sources.triage-service.url}")
    interface Triage extends nl.mensenhandel.monitor.sources.triageclient.StatisticsApi {
    }

    @FeignClient(name = "care-coordination-service", url = "${monitor.sources.care-coordination-service.url}")
    interface Care extends nl.mensenhandel.monitor.sources.careclient.StatisticsApi {
    }

    @FeignClient(name = "enforcement-service", url = "${monitor.sources.enforcement-service.url}")
    interface Enforcement extends nl.mensenhandel.monitor.sources.enforcementclient.StatisticsApi {
    }
}
