package nl.mensenhandel.care.eligibility;

import java.util.Set;
import java.util.stream.Stream;

import nl.mensenhandel.care.providers.CareLocation;
import nl.mensenhandel.care.trajectories.VictimProfile;
import nl.mensenhandel.platform.policy.PolicyDecision;

/**
 * Rule {@value #NAME}: a {@code REGIO} location takes a victim who lives (BRP), works or was found in one of the
 * region's municipalities; a {@code LANDELIJK} location (COSM, the NLA's crisis places) serves the whole country.
 * Sources: DOMAIN.md §5 ({@code SPECIALISTISCHE_OPVANG}: "Humanitas Rotterdam for victims living, working or found
 * there"); the Rotterdam source (003, "Opvang"): "slachtoffers van mensenhandel, die in Rotterdam wonen, werken of
 * zijn aangetroffen", and COSM is "landelijk" organised.
 */
public final class LocationCatchmentRule extends EligibilityRule.ForLocation {

    public static final String NAME = "location-catchment";

    public LocationCatchmentRule() {
        super(NAME);
    }

    @Override
    PolicyDecision checkLocation(EligibilityRequest request, CareLocation location) {
        if (location.catchment() == CareLocation.Catchment.LANDELIJK) {
            return PolicyDecision.allowed();
        }
        VictimProfile victim = request.victim() == null ? VictimProfile.unknown() : request.victim();
        Set<String> region = request.regionMunicipalityCodes() == null ? Set.of() : request.regionMunicipalityCodes();
        boolean inRegion = Stream.of(victim.brpMunicipalityCode(), victim.workMunicipalityCode(),
                victim.foundMunicipalityCode()).anyMatch(code -> code != null && region.contains(code));
        return inRegion ? PolicyDecision.allowed()
                : refused("Location " + location.id()
                        + " takes victims who live, work or were found in the region only");
    }
}
