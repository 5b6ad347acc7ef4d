package nl.mensenhandel.enforcement.figures;

import java.util.List;
import java.util.Set;

/**
 * The teams of a region with their yearly targets, as the figures need them. A tiny interface of the figures' own
 * until the field helper's {@code teams.TeamCatalogue} is merged (same configuration,
 * {@code enforcement.regions.<region>.teams}); the lead may replace the implementation by an adapter over it.
 */
public interface RegionTeams {

    record TeamTarget(String id, String name, Set<String> municipalities, int yearlyTarget) {
    }

    List<TeamTarget> of(String region);
}
