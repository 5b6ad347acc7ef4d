package nl.mensenhandel.signal.signal;

import static nl.mensenhandel.platform.policy.PolicyDecision.allowed;
import static nl.mensenhandel.platform.policy.PolicyDecision.rejected;

import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.tenancy.Roles;
import nl.mensenhandel.platform.tenancy.TenantContext;

/**
 * Who may report, read and work a signal (need to know). Region is enforced by the data access itself
 * ({@code RegionScopedMongo}); these rules add role and municipality. A signal the caller may not see
 * is "not found" rather than forbidden, so its existence does not leak.
 */
public class SignalAccessPolicy {

    /** Rule: only a melder or an aandachtsfunctionaris reports a signal. */
    public PolicyDecision mayReport(TenantContext caller) {
        return caller.hasAnyRole(Roles.MELDER, Roles.AANDACHTSFUNCTIONARIS)
                ? allowed()
                : rejected("report-requires-melder-or-af", ProblemType.FORBIDDEN,
                        "Only a melder or an aandachtsfunctionaris may report a signal");
    }

    /** Rule: only an aandachtsfunctionaris reads signals and works the route. */
    public PolicyDecision mayRead(TenantContext caller) {
        return caller.hasRole(Roles.AANDACHTSFUNCTIONARIS)
                ? allowed()
                : rejected("read-requires-af", ProblemType.FORBIDDEN,
                        "Only an aandachtsfunctionaris may read signals");
    }

    /**
     * Rule: an AF sees the signals of the municipalities they serve — as exploitation municipality, or
     * informed as the residence municipality of the possible victim.
     */
    public boolean maySee(TenantContext caller, Signal signal) {
        return signal.visibleTo().stream().anyMatch(caller::servesMunicipality);
    }

    /** Rule: only the AF of the exploitation municipality runs the route; the residence AF only reads. */
    public PolicyDecision mayWork(TenantContext caller, Signal signal) {
        return caller.servesMunicipality(signal.municipalityCode())
                ? allowed()
                : rejected("route-run-by-af-of-exploitation-municipality", ProblemType.FORBIDDEN,
                        "Only the aandachtsfunctionaris of the exploitation municipality works this signal");
    }

    /**
     * Rule (issue 6 §5, need to know — AVG art. 5 lid 1 c): the residence AF of another region reads an
     * outline only (forms, status, municipality codes, dates), unless the exploitation AF has shared the
     * signal with their municipality.
     */
    public boolean outlineOnly(TenantContext caller, Signal signal) {
        return informedAsResidence(caller, signal)
                && !caller.region().equals(signal.region())
                && (signal.residenceDisclosures() == null || signal.residenceDisclosures().stream()
                        .noneMatch(d -> caller.servesMunicipality(d.municipalityCode())));
    }

    /** Rule: the full signal is shared only with a residence municipality of another region. */
    public PolicyDecision mayDiscloseToResidence(Signal signal, String residenceRegion) {
        return signal.residenceMunicipalityCode() != null && residenceRegion != null
                && !residenceRegion.equals(signal.region())
                ? allowed()
                : rejected("disclosure-to-residence-of-another-region", ProblemType.CONFLICT,
                        "This signal has no residence municipality in another region to share it with");
    }

    /** Whether the caller sees the signal only because they serve the residence municipality. */
    public boolean informedAsResidence(TenantContext caller, Signal signal) {
        return !caller.servesMunicipality(signal.municipalityCode())
                && signal.residenceMunicipalityCode() != null
                && caller.servesMunicipality(signal.residenceMunicipalityCode());
    }
}
