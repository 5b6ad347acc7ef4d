package nl.mensenhandel.enforcement.designations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Designations a deployment starts with ({@code enforcement.designations.seed}, e.g. the demo realm's handhavers
 * designated by their home municipality): inserted once when absent, never overwriting what the regio-beheerder
 * recorded since. Switched off with {@code enforcement.designations.seed-enabled=false}.
 */
@Component
class DesignationSeed {

    private static final Logger LOG = LoggerFactory.getLogger(DesignationSeed.class);

    /** One configured designation. */
    record Seed(String region, String municipalityCode, String username, String designatedBy,
            String decisionReference, LocalDate validFrom) {
    }

    private final ReactiveMongoTemplate mongo;
    private final Clock clock;
    private final List<Seed> seeds;
    private final boolean enabled;

    DesignationSeed(ReactiveMongoTemplate mongo, Clock clock, Environment environment) {
        this.mongo = mongo;
        this.clock = clock;
        Binder binder = Binder.get(environment);
        this.enabled = binder.bind("enforcement.designations.seed-enabled", Boolean.class).orElse(false);
        this.seeds = binder.bind("enforcement.designations.seed", Bindable.listOf(Seed.class)).orElse(List.of());
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        if (!enabled || seeds.isEmpty()) {
            return;
        }
        Flux.fromIterable(seeds)
                .concatMap(s -> mongo.insert(new Designation(Designation.idOf(s.municipalityCode(), s.username()),
                        s.region(), s.municipalityCode(), s.username(), s.designatedBy(), null, s.decisionReference(),
                        s.validFrom(), null, clock.instant(), "seed"))
                        .then(Mono.just(1))
                        .onErrorResume(DuplicateKeyException.class, present -> Mono.just(0)))
                .reduce(0, Integer::sum)
                .subscribe(added -> LOG.info("designation seed: {} added", added),
                        error -> LOG.warn("designation seed failed: {}", error.toString()));
    }
}
