package nl.mensenhandel.enforcement.figures;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import nl.mensenhandel.enforcement.instruments.RegionalFrameworkProperties;

/** {@link RegionTeams} from {@code enforcement.regions.<region>.teams} (validated at start by the catalogue). */
@Component
class ConfiguredRegionTeams implements RegionTeams {

    private final RegionalFrameworkProperties properties;

    ConfiguredRegionTeams(RegionalFrameworkProperties properties) {
        this.properties = properties;
    }

    @Override
    public List<TeamTarget> of(String region) {
        RegionalFrameworkProperties.RegionSettings settings = properties.regions().get(region);
        if (settings == null) {
            return List.of();
        }
        return settings.teams().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new TeamTarget(e.getKey(), e.getValue().name(), Set.copyOf(e.getValue().municipalities()),
                        e.getValue().yearlyTarget()))
                .sorted(Comparator.comparing(TeamTarget::id)).toList();
    }
}
