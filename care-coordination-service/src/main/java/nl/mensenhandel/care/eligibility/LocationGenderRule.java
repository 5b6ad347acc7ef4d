package nl.mensenhandel.care.eligibility;

import nl.mensenhandel.care.providers.CareLocation;
import nl.mensenhandel.care.trajectories.Gender;
import nl.mensenhandel.platform.policy.PolicyDecision;

/**
 * Rule {@value #NAME}: a {@code VROUW} location takes women only, a {@code MAN} location men only, an {@code ALLE}
 * location everyone. Sources: DOMAIN.md §5 ({@code REGULIERE_OPVANG}: "regular women's or men's shelter"; COSM
 * "women: Humanitas with CoMensha; men: Drenthe"); the Rotterdam source (003, "Opvang"): "een opvangplek in de
 * reguliere vrouwen- of mannenopvang".
 */
public final class LocationGenderRule extends EligibilityRule.ForLocation {

    public static final String NAME = "location-gender";

    public LocationGenderRule() {
        super(NAME);
    }

    @Override
    PolicyDecision checkLocation(EligibilityRequest request, CareLocation location) {
        Gender gender = request.victim() == null ? null : request.victim().gender();
        boolean takes = switch (location.gender()) {
            case VROUW -> gender == Gender.VROUW;
            case MAN -> gender == Gender.MAN;
            case ALLE -> true;
        };
        return takes ? PolicyDecision.allowed()
                : refused("Location " + location.id() + " takes " + location.gender() + " only");
    }
}
