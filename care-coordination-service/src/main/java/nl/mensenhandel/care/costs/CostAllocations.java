package nl.mensenhandel.care.costs;

import java.time.Clock;
import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

import nl.mensenhandel.care.trajectories.TrajectoryLookup;
import nl.mensenhandel.platform.mongo.RegionScopedMongo;
import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.tenancy.Municipality;
import nl.mensenhandel.platform.tenancy.MunicipalityRegistry;
import nl.mensenhandel.platform.tenancy.TenantContext;
import reactor.core.publisher.Mono;

/**
 * {@code getCostAllocation} and {@code putCostAllocation}: the region's settings for the year (stored, else the
 * configured defaults, else 404), the method's bases, the split. Where a population key gets its populations: the
 * settings' own, else the reference data's ({@code reference/municipalities.csv}, which holds the populations of the
 * published IJsselland cost key).
 */
@Service
@EnableConfigurationProperties(CostDefaults.class)
public class CostAllocations {

    private final CostAccessPolicy access;
    private final RegionScopedMongo mongo;
    private final CostDefaults defaults;
    private final MunicipalityRegistry registry = MunicipalityRegistry.load();
    private final CostAllocationRules rules = new CostAllocationRules(registry);
    private final PopulationKey populationKey = new PopulationKey(registry);
    private final CentrumgemeenteKey centrumgemeenteKey = new CentrumgemeenteKey(registry);
    private final UsageKey usageKey;
    private final Clock clock;

    public CostAllocations(CostAccessPolicy access, RegionScopedMongo mongo, CostDefaults defaults,
            TrajectoryLookup trajectories, Clock clock) {
        this.access = access;
        this.mongo = mongo;
        this.defaults = defaults;
        this.usageKey = new UsageKey(trajectories, registry);
        this.clock = clock;
    }

    public Mono<Allocation> get(TenantContext caller, int year) {
        return access.mayRead(caller).enforce(caller)
                .flatMap(c -> mongo.findById(c, StoredCostSettings.idOf(c.region(), year), StoredCostSettings.class)
                        .map(StoredCostSettings::settings)
                        .switchIfEmpty(Mono.defer(() -> Mono.justOrEmpty(defaults.forYear(c.region(), year))))
                        .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Cost allocation for " + year))))
                .flatMap(settings -> allocate(caller.region(), year, settings));
    }

    public Mono<Allocation> put(TenantContext caller, int year, CostSettings settings) {
        return access.mayWrite(caller).enforce(caller)
                .flatMap(c -> settings.totalAmount().signum() < 0
                        ? Mono.error(ApiProblem.invalidField("totalAmount", "must not be negative"))
                        : Mono.just(c))
                .flatMap(c -> allocate(c.region(), year, settings)
                        .flatMap(allocation -> mongo.save(c,
                                StoredCostSettings.of(c.region(), year, settings, clock.instant()))
                                .thenReturn(allocation)));
    }

    /** Checks the settings against the rules (also defaults: a misconfigured region answers the rule) and splits. */
    private Mono<Allocation> allocate(String region, int year, CostSettings given) {
        CostSettings settings = given.populations().isEmpty() ? given.withPopulations(populations(region)) : given;
        Mono<CostSettings> checked = switch (settings.method()) {
            case INWONERSSLEUTEL -> rules.populationsOfRegion(region, settings.populations()).enforce(settings);
            case CENTRUMGEMEENTE -> rules.centrumgemeenteOfRegion(region, settings.centrumgemeenteCode())
                    .enforce(settings);
            case NAAR_GEBRUIK -> Mono.just(settings);
        };
        CostKey key = switch (settings.method()) {
            case INWONERSSLEUTEL -> populationKey;
            case CENTRUMGEMEENTE -> centrumgemeenteKey;
            case NAAR_GEBRUIK -> usageKey;
        };
        return checked.flatMap(s -> key.bases(region, year, s))
                .map(bases -> ProportionalSplit.allocate(region, year, settings.method(), settings.rounding(),
                        settings.totalAmount(), bases));
    }

    private List<Population> populations(String region) {
        List<Municipality> known = registry.inRegion(region);
        return known.stream().anyMatch(m -> m.population() == null)
                ? List.of()
                : known.stream().map(m -> new Population(m.code(), m.population())).toList();
    }
}
