package nl.mensenhandel.care.eligibility;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.mensenhandel.care.placements.PlacementType;
import nl.mensenhandel.care.providers.CareLocation;
import nl.mensenhandel.care.trajectories.Gender;
import nl.mensenhandel.platform.policy.PolicyDecision;

/**
 * The eligibility rules of a placement in their written precedence (docs/care.md "Eligibility"): the first rule
 * that refuses answers. The victim's own facts come first (is the profile complete; the minor's route), then the
 * rules of the placement type, then what the chosen location takes — so a refusal names the most fundamental
 * reason: a minor asking COSM hears {@code minor-to-jeugdzorg}, not that COSM needs unlawful residence.
 * <p>
 * The noodbed's short stay (DOMAIN.md §5 "short stay until structural shelter"; the Rotterdam source "een korte
 * periode op het noodbed [...] tot structurele opvang beschikbaar is") is no eligibility rule: the placement sets
 * {@code plannedEndAt} from the location's {@code noodbedMaximumStayDays} and raises an alert before it.
 */
@Component
public class PlacementEligibilityRules implements PlacementEligibility {

    /** The precedence. Changing the order changes which rule a refusal names: update docs/care.md with it. */
    static final List<EligibilityRule> RULES = List.of(
            new VictimProfileCompleteRule(),
            new MinorToJeugdzorgRule(),
            new CosmOnlyWithoutLawfulResidenceRule(),
            new CosmThroughComenshaRule(),
            new CrisisopvangNlaOnlyForLabourRule(),
            new TypeOfferedByLocationRule(),
            new LocationGenderRule(),
            new LocationAgeRule(),
            new LocationCatchmentRule());

    @Override
    public PolicyDecision check(EligibilityRequest request) {
        return RULES.stream().map(rule -> rule.check(request)).filter(decision -> !decision.isAllowed()).findFirst()
                .orElse(PolicyDecision.allowed());
    }

    /**
     * COSM is assigned by gender: a woman to a COSM location for women, a man to one for men. Source: the Rotterdam
     * source (003, "Opvang"): "Humanitas faciliteert deze opvang voor vrouwen in samenwerking met Comensha. Voor
     * mannen is er een COSM in Drenthe." For gender {@code X} or {@code ONBEKEND} the sources name no location: none
     * is assigned, and the zorgcoördinator names the location (which the rules then check).
     */
    @Override
    public Optional<CareLocation> cosmLocation(Gender gender, List<CareLocation> locations) {
        CareLocation.LocationGender wanted = gender == Gender.VROUW ? CareLocation.LocationGender.VROUW
                : gender == Gender.MAN ? CareLocation.LocationGender.MAN : null;
        if (wanted == null || locations == null) {
            return Optional.empty();
        }
        return locations.stream()
                .filter(location -> location.placementTypes().contains(PlacementType.COSM))
                .filter(location -> location.gender() == wanted)
                .findFirst();
    }
}
