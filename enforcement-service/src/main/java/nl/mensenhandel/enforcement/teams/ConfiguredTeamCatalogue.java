package nl.mensenhandel.enforcement.teams;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import nl.mensenhandel.enforcement.instruments.RegionalFrameworkProperties;

/**
 * The teams from {@code enforcement.regions.<region>.teams.<teamId>: {name, municipalities, yearly-target}} in
 * application.yml — read from the one binding of {@code enforcement.regions} ({@link RegionalFrameworkProperties}),
 * which the instrument catalogue validates at start.
 */
@Component
class ConfiguredTeamCatalogue implements TeamCatalogue {

    private final RegionalFrameworkProperties properties;

    ConfiguredTeamCatalogue(RegionalFrameworkProperties properties) {
        this.properties = properties;
    }

    @Override
    public Optional<Team> find(String region, String teamId) {
        return of(region).stream().filter(team -> team.id().equals(teamId)).findFirst();
    }

    @Override
    public List<Team> of(String region) {
        RegionalFrameworkProperties.RegionSettings settings = properties.regions().get(region);
        if (settings == null) {
            return List.of();
        }
        return settings.teams().entrySet().stream()
                .map(e -> new Team(e.getKey(), e.getValue().name() == null ? e.getKey() : e.getValue().name(),
                        e.getValue().municipalities() == null ? Set.of() : Set.copyOf(e.getValue().municipalities()),
                        e.getValue().yearlyTarget()))
                .sorted(Comparator.comparing(Team::id)).toList();
    }
}
