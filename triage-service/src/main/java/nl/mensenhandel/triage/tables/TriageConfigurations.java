package nl.mensenhandel.triage.tables;

import reactor.core.publisher.Mono;

/**
 * The triage configuration of a region: what the regio-beheerder stored, else the platform's default for it.
 * Every rule that depends on the region's way of weighing asks here (first step of a new casus, next step,
 * covenants of the participants).
 */
public interface TriageConfigurations {

    Mono<TriageConfiguration> of(String region);
}
