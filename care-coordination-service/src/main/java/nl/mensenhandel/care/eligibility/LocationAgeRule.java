package nl.mensenhandel.care.eligibility;

import nl.mensenhandel.care.providers.CareLocation;
import nl.mensenhandel.platform.policy.PolicyDecision;

/**
 * Rule {@value #NAME}: the victim's age on the day of the request lies within the location's {@code minAge} and
 * {@code maxAge} (both inclusive; null: no limit). Sources: DOMAIN.md §5 ({@code JEUGDZORG}: "minors"; the other
 * types are adult places) and issue 9 §3 ("gender and age constraints" per location); the Rotterdam source (003,
 * "Opvang"): "opvangplekken voor minderjarige slachtoffers van seksuele uitbuiting" are youth-care places.
 * <p>
 * A recorded override of {@code minor-to-jeugdzorg} is the decision that this minor goes to an adult place, so the
 * adult threshold ({@code minAge} 18) gives way to it; a location's lower limit (e.g. a youth place from 16) and its
 * {@code maxAge} still hold.
 */
public final class LocationAgeRule extends EligibilityRule.ForLocation {

    public static final String NAME = "location-age";

    public LocationAgeRule() {
        super(NAME);
    }

    @Override
    PolicyDecision checkLocation(EligibilityRequest request, CareLocation location) {
        Integer age = request.victim() == null ? null : request.victim().ageOn(request.today());
        if (age == null) {
            return PolicyDecision.allowed(); // unknown age: victim-profile-complete refuses first
        }
        boolean adultPlaceForAMinorByOverride = MinorToJeugdzorgRule.overridden(request.override())
                && location.minAge() != null && location.minAge() >= MinorToJeugdzorgRule.ADULT_AGE;
        if (location.minAge() != null && age < location.minAge() && !adultPlaceForAMinorByOverride) {
            return refused("Location " + location.id() + " takes victims from age " + location.minAge());
        }
        if (location.maxAge() != null && age > location.maxAge()) {
            return refused("Location " + location.id() + " takes victims up to age " + location.maxAge());
        }
        return PolicyDecision.allowed();
    }
}
