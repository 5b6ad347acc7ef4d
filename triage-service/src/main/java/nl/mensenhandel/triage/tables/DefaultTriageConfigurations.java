package nl.mensenhandel.triage.tables;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * BASE (issue 8): the platform's defaults only ({@link RegionTables}); the configuration slice adds what the
 * regio-beheerder stores.
 */
@Component
class DefaultTriageConfigurations implements TriageConfigurations {

    private final RegionTables regions;

    DefaultTriageConfigurations(RegionTables regions) {
        this.regions = regions;
    }

    @Override
    public Mono<TriageConfiguration> of(String region) {
        return Mono.just(regions.defaults(region));
    }
}
