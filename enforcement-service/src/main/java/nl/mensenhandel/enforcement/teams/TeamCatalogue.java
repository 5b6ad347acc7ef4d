package nl.mensenhandel.enforcement.teams;

import java.util.List;
import java.util.Optional;

/** The teams of each region, as configured. */
public interface TeamCatalogue {

    Optional<Team> find(String region, String teamId);

    List<Team> of(String region);
}
