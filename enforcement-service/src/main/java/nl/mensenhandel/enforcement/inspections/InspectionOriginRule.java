package nl.mensenhandel.enforcement.inspections;

import static nl.mensenhandel.platform.policy.PolicyDecision.allowed;
import static nl.mensenhandel.platform.policy.PolicyDecision.rejected;
import static nl.mensenhandel.platform.policy.PolicyDecision.rejectedField;

import nl.mensenhandel.enforcement.requests.InspectionRequest;
import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;

/**
 * Rule {@value #RULE}: an inspection of origin TAFEL carries out a table's decision, so it names the inspection
 * request of the caller's region that covers its municipality; an inspection of another origin names none.
 * <p>
 * Source: the regional plans' werkwijze of the casustafel (DOMAIN.md §6 "integrale controle as a track of a casus":
 * "the table asks the municipality for an integrated inspection; the outcome returns to the table"), and AVG art. 5
 * lid 1 b (purpose limitation: a table sees only the inspections it asked for).
 */
public final class InspectionOriginRule {

    public static final String RULE = "inspection-origin";

    private InspectionOriginRule() {
    }

    /**
     * @param request the request named, as found in the caller's region (null: none named or not found)
     */
    public static PolicyDecision decide(InspectionOrigin origin, String inspectionRequestId, InspectionRequest request,
            String municipalityCode) {
        if (origin != InspectionOrigin.TAFEL) {
            return inspectionRequestId == null ? allowed()
                    : rejectedField(RULE, "inspectionRequestId", "is only for an inspection of origin TAFEL");
        }
        if (inspectionRequestId == null) {
            return rejectedField(RULE, "inspectionRequestId", "is required for origin TAFEL");
        }
        if (request == null || !request.municipalityCodes().contains(municipalityCode)) {
            return rejected(RULE, ProblemType.UNPROCESSABLE,
                    "The inspection request is not one of this region covering municipality " + municipalityCode);
        }
        return allowed();
    }
}
