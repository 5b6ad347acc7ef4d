package nl.mensenhandel.care.eligibility;

import nl.mensenhandel.care.placements.PlacementType;
import nl.mensenhandel.platform.policy.PolicyDecision;

/**
 * Rule {@value #NAME}: a minor (younger than {@value #ADULT_AGE} on the day of the request) is placed in
 * {@code JEUGDZORG} only — never COSM, a noodbed or adult shelter — and {@code JEUGDZORG} takes minors only.
 * Sources: DOMAIN.md §5 ({@code JEUGDZORG}: "minors", Jeugdwet) and §9 "a minor victim brings Veilig Thuis and
 * youth care in, never adult shelter or COSM"; the Rotterdam source (003, "Opvang"): "Minderjarige slachtoffers van
 * mensenhandel worden vooral geholpen binnen het kader van de Jeugdwet en via instellingen van jeugdzorg".
 * <p>
 * "Vooral", not "always": the zorgcoördinator may place a minor elsewhere by recording an
 * {@link EligibilityOverride} for this rule with a reason (stored on the placement). The override lifts this
 * rule only — a location's own age limit ({@link LocationAgeRule}) is the provider's and still holds.
 */
public final class MinorToJeugdzorgRule extends EligibilityRule {

    public static final String NAME = "minor-to-jeugdzorg";
    static final int ADULT_AGE = 18;

    public MinorToJeugdzorgRule() {
        super(NAME);
    }

    @Override
    public PolicyDecision check(EligibilityRequest request) {
        Integer age = request.victim() == null ? null : request.victim().ageOn(request.today());
        if (age == null) {
            return PolicyDecision.allowed(); // unknown age: victim-profile-complete refuses first
        }
        boolean minor = age < ADULT_AGE;
        boolean jeugdzorg = request.placementType() == PlacementType.JEUGDZORG;
        if (minor && !jeugdzorg && !overridden(request.override())) {
            return refused("A minor is placed in JEUGDZORG (youth care), never in " + request.placementType()
                    + ", unless an override of rule " + NAME + " with a reason is recorded");
        }
        if (!minor && jeugdzorg) {
            return refused("JEUGDZORG (youth care) takes minors only");
        }
        return PolicyDecision.allowed();
    }

    /** An override counts only when it names this rule and gives a reason. */
    static boolean overridden(EligibilityOverride override) {
        return override != null && NAME.equals(override.rule()) && override.reason() != null
                && !override.reason().isBlank();
    }
}
