package nl.mensenhandel.monitor.sources;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import feign.FeignException;
import nl.mensenhandel.platform.client.RelayedToken;
import nl.mensenhandel.platform.client.ServiceAccountTokens;
import nl.mensenhandel.platform.statistics.api.model.ServiceStatistics;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@link StatisticsSources} through the services' contracts: the four statistics operations in parallel, each a
 * blocking Feign call on a bounded-elastic thread (never the event loop) with monitor-service's service-account
 * token, inside its own Resilience4j circuit breaker and time limiter (instance = the service name; time limit
 * {@code resilience4j.timelimiter.configs.default.timeout-duration}, 3 s). A failure, refusal, timeout or open
 * breaker gives {@link SourceResult#unavailable} for that service only: the answer always comes.
 */
@Component
class ServiceStatisticsSources implements StatisticsSources {

    private static final Log LOG = LogFactory.getLog(ServiceStatisticsSources.class);

    /** One source: the service's name (= breaker instance) and its statistics call for a region. */
    record Source(String name, Function<String, ResponseEntity<ServiceStatistics>> call) {
    }

    private final List<Source> sources;
    private final ServiceAccountTokens tokens;
    private final ReactiveCircuitBreakerFactory<?, ?> breakers;

    @Autowired
    ServiceStatisticsSources(StatisticsClients.Signals signals, StatisticsClients.Triage triage,
            StatisticsClients.Care care, StatisticsClients.Enforcement enforcement, ServiceAccountTokens tokens,
            ReactiveCircuitBreakerFactory<?, ?> breakers) {
        this(List.of(new Source("signal-service", signals::getSignalStatistics),
                new Source("triage-service", triage::getTriageStatistics),
                new Source("care-coordination-service", care::getCareStatistics),
                new Source("enforcement-service", enforcement::getEnforcementStatistics)), tokens, breakers);
    }

    ServiceStatisticsSources(List<Source> sources, ServiceAccountTokens tokens,
            ReactiveCircuitBreakerFactory<?, ?> breakers) {
        this.sources = List.copyOf(sources);
        this.tokens = tokens;
        this.breakers = breakers;
    }

    @Override
    public Mono<GatheredStatistics> gather(String region) {
        return Flux.fromIterable(sources)
                .flatMapSequential(source -> fetch(source, region))
                .collectList()
                .map(results -> new GatheredStatistics(region, results));
    }

    private Mono<SourceResult> fetch(Source source, String region) {
        Mono<SourceResult> call = Mono.fromCallable(() -> RelayedToken.with(tokens.token(),
                () -> source.call().apply(region)))
                .subscribeOn(Schedulers.boundedElastic())
                .map(answer -> toResult(source.name(), answer.getBody()));
        return breakers.create(source.name()).run(call, failure -> {
            String detail = reason(failure);
            LOG.warn("statistics of " + source.name() + " for region " + region + " unavailable: " + detail);
            return Mono.just(SourceResult.unavailable(source.name(), detail));
        });
    }

    static SourceResult toResult(String source, ServiceStatistics body) {
        if (body == null) {
            return SourceResult.unavailable(source, "empty answer");
        }
        Map<String, String> definitions = new LinkedHashMap<>();
        if (body.getDefinitions() != null) {
            body.getDefinitions().forEach(d -> definitions.put(d.getMeasure(), d.getDefinition()));
        }
        List<StatisticsCount> cells = body.getCells() == null ? List.of() : body.getCells().stream()
                .map(c -> new StatisticsCount(c.getMeasure(), dimensions(c.getDimensions()), c.getCount()))
                .toList();
        List<MedianDuration> durations = body.getDurations() == null ? List.of() : body.getDurations().stream()
                .map(d -> new MedianDuration(d.getMeasure(), dimensions(d.getDimensions()), d.getCount(),
                        d.getMedianDays()))
                .toList();
        Instant asOf = body.getAsOf() == null ? null : body.getAsOf().toInstant();
        return new SourceResult(source, true, asOf, null, cells, durations, Map.copyOf(definitions));
    }

    private static Map<String, String> dimensions(Map<String, String> dimensions) {
        return dimensions == null ? Map.of() : Map.copyOf(dimensions);
    }

    /** Why a source is missing, without anything of the answer's body. */
    static String reason(Throwable failure) {
        if (failure instanceof FeignException feign && feign.status() > 0) {
            return "the service answered HTTP " + feign.status();
        }
        if (failure instanceof java.util.concurrent.TimeoutException) {
            return "no answer in time";
        }
        if (failure instanceof ServiceAccountTokens.ServiceAccountTokenUnavailable) {
            return "no service-account token (Keycloak not reachable)";
        }
        String name = failure.getClass().getSimpleName();
        return name.contains("CallNotPermitted") ? "circuit breaker open after repeated failures"
                : "the service is not reachable (" + name + ")";
    }
}
