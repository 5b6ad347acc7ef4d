package nl.mensenhandel.care.eligibility;

import nl.mensenhandel.care.placements.PlacementType;
import nl.mensenhandel.platform.policy.PolicyDecision;

/**
 * Rule {@value #NAME}: a {@code COSM} place is requested through the national coordinator CoMensha, so the request
 * carries CoMensha's reference. Sources: DOMAIN.md §5 ({@code COSM}: "women: Humanitas with CoMensha"; the
 * coordinator "reports to CoMensha"); the Rotterdam source (003, "Opvang"): "Stichting Humanitas faciliteert deze
 * opvang voor vrouwen in samenwerking met Comensha".
 */
public final class CosmThroughComenshaRule extends EligibilityRule.ForType {

    public static final String NAME = "cosm-through-comensha";

    public CosmThroughComenshaRule() {
        super(NAME, PlacementType.COSM);
    }

    @Override
    PolicyDecision checkType(EligibilityRequest request) {
        String reference = request.comenshaReference();
        return reference != null && !reference.isBlank() ? PolicyDecision.allowed()
                : refused("A COSM place is requested through CoMensha: give its reference (comenshaReference)");
    }
}
