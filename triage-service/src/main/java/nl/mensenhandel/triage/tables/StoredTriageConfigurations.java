package nl.mensenhandel.triage.tables;

import java.time.Clock;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import nl.mensenhandel.platform.mongo.RegionScopedMongo;
import nl.mensenhandel.platform.tenancy.TenantContext;
import reactor.core.publisher.Mono;

/**
 * The region's configuration as its regio-beheerder stored it, else the platform's default for the region
 * ({@link RegionTables}). Reading takes a region, not a caller: other rules (the first step of a new casus, the
 * covenants of a table) ask for it on behalf of whoever acts. Storing checks the rules of
 * {@link TriageConfigurationPolicy} first.
 */
@Service
public class StoredTriageConfigurations implements TriageConfigurations {

    private final ReactiveMongoTemplate mongo;
    private final RegionScopedMongo scoped;
    private final RegionTables defaults;
    private final TriageConfigurationPolicy policy;
    private final Clock clock;

    public StoredTriageConfigurations(ReactiveMongoTemplate mongo, RegionScopedMongo scoped, RegionTables defaults,
            TriageConfigurationPolicy policy, Clock clock) {
        this.mongo = mongo;
        this.scoped = scoped;
        this.defaults = defaults;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public Mono<TriageConfiguration> of(String region) {
        // the region is matched as well as the id: a document is only ever read in its own region
        Query own = new Query(Criteria.where("_id").is(region).and("region").is(region));
        return mongo.findOne(own, StoredTriageConfiguration.class)
                .map(StoredTriageConfiguration::configuration)
                .defaultIfEmpty(defaults.defaults(region));
    }

    /** The caller's region's configuration, for a caller allowed to read it. */
    public Mono<TriageConfiguration> read(TenantContext caller) {
        return policy.mayRead(caller).enforce(caller).flatMap(c -> of(c.region()));
    }

    /**
     * Replaces the whole configuration of the caller's region (never another's: the region is the token's).
     * Casussen already at a table keep it; only new ones start at the new first step.
     */
    public Mono<TriageConfiguration> replace(TenantContext caller, ConfigurationProposal proposal) {
        return policy.mayConfigure(caller).enforce(caller)
                .flatMap(c -> policy.isSound(proposal).enforce(c))
                .flatMap(c -> scoped.save(c, StoredTriageConfiguration.of(proposal.forRegion(c.region(),
                        clock.instant()), c.subject())))
                .map(StoredTriageConfiguration::configuration);
    }
}
