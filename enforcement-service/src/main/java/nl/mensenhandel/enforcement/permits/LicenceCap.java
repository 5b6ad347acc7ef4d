package nl.mensenhandel.enforcement.permits;

import nl.mensenhandel.enforcement.instruments.MunicipalPolicy;
import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;

/**
 * Rule {@value #RULE}: a municipality may cap the licences of a type (configured {@code licence-caps}); granting one
 * more when the granted ones reach the cap is refused. Source: Alblasserdam's prostitution policy
 * (domain source 001): no licences for window prostitution, at most one sex establishment
 * ("maximaal één seksinrichting").
 */
public final class LicenceCap {

    public static final String RULE = "licence-cap";

    private LicenceCap() {
    }

    public static PolicyDecision check(MunicipalPolicy municipality, String permitType, long grantedAlready) {
        Integer cap = municipality.licenceCaps().get(permitType);
        if (cap == null || grantedAlready < cap) {
            return PolicyDecision.allowed();
        }
        return PolicyDecision.rejected(RULE, ProblemType.UNPROCESSABLE, "The municipality grants at most " + cap
                + " licence(s) of type " + permitType + "; " + grantedAlready + " granted");
    }
}
