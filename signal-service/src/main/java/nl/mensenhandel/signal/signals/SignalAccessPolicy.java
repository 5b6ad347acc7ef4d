package nl.mensenhandel.signal.signals;

import static nl.mensenhandel.platform.policy.PolicyDecision.allowed;
import static nl.mensenhandel.platform.policy.PolicyDecision.rejected;
import static nl.mensenhandel.platform.policy.PolicyDecision.rejectedField;

import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.tenancy.MunicipalityRegistry;
import nl.mensenhandel.platform.tenancy.Roles;
import nl.mensenhandel.platform.tenancy.TenantContext;

/**
 * Who may report and who may read a signal (need to know). Region is enforced by the data access
 * itself ({@code RegionScopedMongo}); these rules add role and municipality.
 */
public class SignalAccessPolicy {

    private final MunicipalityRegistry municipalities;

    public SignalAccessPolicy(MunicipalityRegistry municipalities) {
        this.municipalities = municipalities;
    }

    /** Rule: only a melder or an aandachtsfunctionaris reports a signal. */
    public PolicyDecision mayReport(TenantContext caller) {
        return caller.hasAnyRole(Roles.MELDER, Roles.AANDACHTSFUNCTIONARIS)
                ? allowed()
                : rejected("report-requires-melder-or-af", ProblemType.FORBIDDEN,
                        "Only a melder or an aandachtsfunctionaris may report a signal");
    }

    /** Rule: the signal's municipality is a known municipality of the caller's region. */
    public PolicyDecision municipalityInRegion(TenantContext caller, String municipalityCode) {
        return municipalities.belongsToRegion(municipalityCode, caller.region())
                ? allowed()
                : rejectedField("municipality-in-caller-region", "municipalityCode",
                        "must be a municipality of your region");
    }

    /** Rule: only an aandachtsfunctionaris reads or lists signals. */
    public PolicyDecision mayRead(TenantContext caller) {
        return caller.hasRole(Roles.AANDACHTSFUNCTIONARIS)
                ? allowed()
                : rejected("read-requires-af", ProblemType.FORBIDDEN,
                        "Only an aandachtsfunctionaris may read signals");
    }

    /**
     * Rule: an aandachtsfunctionaris sees the signals of the municipalities they serve — and nothing
     * else; a signal of another municipality is "not found" rather than forbidden, so its existence
     * does not leak.
     */
    public boolean servesSignal(TenantContext caller, Signal signal) {
        return caller.servesMunicipality(signal.municipalityCode());
    }
}
