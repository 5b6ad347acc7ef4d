package nl.mensenhandel.enforcement.measures;

import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.tenancy.Roles;
import nl.mensenhandel.platform.tenancy.TenantContext;

/**
 * Rule {@value #RULE} (access matrix rows {@code proposeMeasure} … {@code recordWrittenDecision}): handhavers act on
 * the measures of the municipalities they serve; the beleidsregisseur reads the region's; others get 403. A measure
 * of another region, or of a municipality the handhaver does not serve, answers 404 (nothing of it is shown).
 */
public final class MeasureAccessPolicy {

    public static final String RULE = "measures-need-to-know";

    private MeasureAccessPolicy() {
    }

    public static PolicyDecision mayRead(TenantContext caller) {
        return caller.hasAnyRole(Roles.HANDHAVER, Roles.BELEIDSREGISSEUR) ? PolicyDecision.allowed()
                : PolicyDecision.rejected(RULE, ProblemType.FORBIDDEN,
                        "Only handhavers and the beleidsregisseur read measures");
    }

    public static PolicyDecision mayAct(TenantContext caller) {
        return caller.hasRole(Roles.HANDHAVER) ? PolicyDecision.allowed()
                : PolicyDecision.rejected(RULE, ProblemType.FORBIDDEN, "Only handhavers propose and advance measures");
    }

    /** Whether the caller sees a measure of this municipality of their region (else it is 404 to them). */
    public static boolean inScope(TenantContext caller, String municipalityCode) {
        return caller.hasRole(Roles.BELEIDSREGISSEUR) || caller.servesMunicipality(municipalityCode);
    }

    /** Acting needs the handhaver to serve the municipality (a beleidsregisseur who is also handhaver too). */
    public static boolean mayActIn(TenantContext caller, String municipalityCode) {
        return caller.hasRole(Roles.HANDHAVER) && caller.servesMunicipality(municipalityCode);
    }
}
