package nl.mensenhandel.care.eligibility;

import java.util.List;
import java.util.Optional;

import nl.mensenhandel.care.providers.CareLocation;
import nl.mensenhandel.care.trajectories.Gender;
import nl.mensenhandel.platform.policy.PolicyDecision;

/** The eligibility rules for a placement, in their written precedence (docs/care.md "Eligibility"). */
public interface PlacementEligibility {

    /** Allowed, or rejected (422) by the first rule that refuses, named as the rule. */
    PolicyDecision check(EligibilityRequest request);

    /** COSM is assigned by gender: the region's COSM location for this gender, if any. */
    Optional<CareLocation> cosmLocation(Gender gender, List<CareLocation> locations);
}
