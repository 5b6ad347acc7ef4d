package nl.mensenhandel.enforcement.teams;

import java.util.Set;

/**
 * A controleteam of a region (configured under {@code enforcement.regions.<region>.teams.<teamId>}).
 *
 * @param yearlyTarget the number of integrated inspections the team plans a year (regional plan)
 */
public record Team(String id, String name, Set<String> municipalities, int yearlyTarget) {

    public Team {
        municipalities = municipalities == null ? Set.of() : Set.copyOf(municipalities);
    }
}
