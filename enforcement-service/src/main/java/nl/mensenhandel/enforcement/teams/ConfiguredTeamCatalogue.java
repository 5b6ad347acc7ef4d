package nl.mensenhandel.enforcement.teams;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The teams from {@code enforcement.regions.<region>.teams.<teamId>: {name, municipalities, yearly-target}} in
 * application.yml. Bound on its own (not through a properties class) so other settings under
 * {@code enforcement.regions} can live beside it.
 */
@Component
class ConfiguredTeamCatalogue implements TeamCatalogue {

    /** One team as configured. */
    record TeamSettings(String name, Set<String> municipalities, Integer yearlyTarget) {
    }

    /** A region's settings: only its teams matter here. */
    record RegionSettings(Map<String, TeamSettings> teams) {
    }

    private final Map<String, List<Team>> byRegion;

    ConfiguredTeamCatalogue(Environment environment) {
        Map<String, RegionSettings> regions = Binder.get(environment)
                .bind("enforcement.regions", Bindable.mapOf(String.class, RegionSettings.class))
                .orElse(Map.of());
        this.byRegion = regions.entrySet().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(
                Map.Entry::getKey,
                region -> region.getValue().teams() == null ? List.of()
                        : region.getValue().teams().entrySet().stream()
                                .map(t -> new Team(t.getKey(), t.getValue().name() == null ? t.getKey() : t.getValue().name(),
                                        t.getValue().municipalities(),
                                        t.getValue().yearlyTarget() == null ? 0 : t.getValue().yearlyTarget()))
                                .toList()));
    }

    @Override
    public Optional<Team> find(String region, String teamId) {
        return of(region).stream().filter(team -> team.id().equals(teamId)).findFirst();
    }

    @Override
    public List<Team> of(String region) {
        return byRegion.getOrDefault(region, List.of());
    }
}
