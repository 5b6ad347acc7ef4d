package nl.mensenhandel.care.eligibility;

import java.time.LocalDate;
import java.util.Set;

import nl.mensenhandel.care.placements.PlacementType;
import nl.mensenhandel.care.providers.CareLocation;
import nl.mensenhandel.care.trajectories.VictimProfile;

/**
 * Everything the eligibility rules weigh for one placement request.
 *
 * @param today                  the day the request is made (age is counted on it)
 * @param location               the location asked for (for COSM without one: the location assigned by gender)
 * @param regionMunicipalityCodes the municipalities of the region (catchment {@code REGIO})
 */
public record EligibilityRequest(
        VictimProfile victim,
        LocalDate today,
        PlacementType placementType,
        CareLocation location,
        String comenshaReference,
        EligibilityOverride override,
        Set<String> regionMunicipalityCodes) {
}
