package nl.mensenhandel.signal.signal;

import static nl.mensenhandel.platform.policy.PolicyDecision.allowed;
import static nl.mensenhandel.platform.policy.PolicyDecision.rejected;
import static nl.mensenhandel.platform.policy.PolicyDecision.rejectedField;

import java.util.Map;
import java.util.Set;

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

    /**
     * The source types each reporting role reports as (issue 7 §1; Heemstede: "zorgpartijen … handhavers"
     * report). Melders — municipal staff and partner organisations such as Veilig Thuis or the GGD — and
     * AFs (who also record what residents, MMA or partners bring in) report any source type.
     */
    static final Map<String, Set<SourceType>> SOURCE_TYPES_BY_ROLE = Map.of(
            Roles.MELDER, Set.of(SourceType.values()),
            Roles.AANDACHTSFUNCTIONARIS, Set.of(SourceType.values()),
            Roles.HANDHAVER, Set.of(SourceType.PROFESSIONAL, SourceType.INTEGRALE_CONTROLE),
            Roles.ZORGCOORDINATOR, Set.of(SourceType.PROFESSIONAL, SourceType.KETENPARTNER),
            Roles.ZORGAANBIEDER, Set.of(SourceType.PROFESSIONAL, SourceType.KETENPARTNER));

    /**
     * Rule (issue 7 §1, DOMAIN §2 "Melder: whoever reports"): every partner the regional plans name reports
     * — melders (municipal staff, partner organisations), AFs, handhavers, zorgcoördinatoren and care
     * providers. Policy, table and monitor roles do not.
     */
    public PolicyDecision mayReport(TenantContext caller) {
        return SOURCE_TYPES_BY_ROLE.keySet().stream().anyMatch(caller::hasRole)
                ? allowed()
                : rejected("report-requires-reporting-role", ProblemType.FORBIDDEN,
                        "Only a melder, aandachtsfunctionaris, handhaver, zorgcoördinator or care provider may report a signal");
    }

    /** Rule: the source type fits one of the caller's reporting roles ({@link #SOURCE_TYPES_BY_ROLE}). */
    public PolicyDecision mayReportAs(TenantContext caller, SourceType sourceType) {
        return sourceType == null || SOURCE_TYPES_BY_ROLE.entrySet().stream()
                .anyMatch(e -> caller.hasRole(e.getKey()) && e.getValue().contains(sourceType))
                ? allowed()
                : rejectedField("source-type-fits-reporter-role", "sourceType",
                        "does not fit the caller's role (a handhaver reports PROFESSIONAL or INTEGRALE_CONTROLE, "
                                + "a zorgcoördinator or care provider PROFESSIONAL or KETENPARTNER)");
    }

    /**
     * Rule (issue 7 §1): only an AF records a signal on behalf of a partner — the one place where a
     * reporter's organisation comes from the body. For everyone else it comes from the token only.
     */
    public PolicyDecision mayReportOnBehalf(TenantContext caller, OnBehalfOf onBehalfOf) {
        return onBehalfOf == null || caller.hasRole(Roles.AANDACHTSFUNCTIONARIS) ? allowed()
                : rejectedField("on-behalf-only-by-af", "onBehalfOf",
                        "is only recorded by an aandachtsfunctionaris (the organisation comes from your token)");
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

    /**
     * Rule: only the AF of the exploitation municipality runs the route; the residence AF only reads.
     * Rule (issue 7 §5): while a hand-over is pending, nobody changes the signal — only the hand-over is
     * decided (accepted, returned or cancelled).
     */
    public PolicyDecision mayWork(TenantContext caller, Signal signal) {
        if (!caller.servesMunicipality(signal.municipalityCode())) {
            return rejected("route-run-by-af-of-exploitation-municipality", ProblemType.FORBIDDEN,
                    "Only the aandachtsfunctionaris of the exploitation municipality works this signal");
        }
        return signal.pendingHandover().isPresent()
                ? rejected("no-change-while-handover-pending", ProblemType.ILLEGAL_TRANSITION,
                        "A hand-over of this signal is pending: decide or cancel it first")
                : allowed();
    }

    /** Whether the caller is the AF a pending hand-over of this signal goes to: they read it in full to decide. */
    public boolean handoverTarget(TenantContext caller, Signal signal) {
        return signal.pendingHandover().map(h -> caller.servesMunicipality(h.toMunicipalityCode())).orElse(false);
    }

    /**
     * Rule (issue 6 §5, need to know — AVG art. 5 lid 1 c): the residence AF of another region reads an
     * outline only (forms, status, municipality codes, dates), unless the exploitation AF has shared the
     * signal with their municipality.
     */
    public boolean outlineOnly(TenantContext caller, Signal signal) {
        return readsAsTable(caller) || informedAsResidence(caller, signal)
                && !handoverTarget(caller, signal)
                && !caller.region().equals(signal.region())
                && (signal.residenceDisclosures() == null || signal.residenceDisclosures().stream()
                        .noneMatch(d -> caller.servesMunicipality(d.municipalityCode())));
    }

    /** The casustafel (and not also an AF): reads signals as the table, outline only. */
    public boolean readsAsTable(TenantContext caller) {
        return caller.hasRole(Roles.CASUSTAFEL) && !caller.hasRole(Roles.AANDACHTSFUNCTIONARIS);
    }

    /**
     * Rule (issue 7 §8, need to know — AVG art. 5 lid 1 c; ZVH-convenant): the table reads the outline of a
     * signal of its region that is on the agenda of a casus (triage-service opened one for it), nothing of any
     * other signal.
     */
    public PolicyDecision tableMayReadOutline(Signal signal) {
        return signal.onCaseAgenda() ? allowed()
                : rejected("table-reads-signals-on-its-agenda-only", ProblemType.FORBIDDEN,
                        "The casustafel reads only signals on the agenda of a casus");
    }

    /** Rule: the full signal is shared only with a residence municipality of another region. */
    public PolicyDecision mayDiscloseToResidence(Signal signal, String residenceRegion) {
        return signal.residenceMunicipalityCode() != null && residenceRegion != null
                && !residenceRegion.equals(signal.region())
                ? allowed()
                : rejected("disclosure-to-residence-of-another-region", ProblemType.CONFLICT,
                        "This signal has no residence municipality in another region to share it with");
    }

    /**
     * Whether the caller sees the signal only because they serve a residence municipality — the signal's
     * own or a person's (issue 7 §5).
     */
    public boolean informedAsResidence(TenantContext caller, Signal signal) {
        return !caller.servesMunicipality(signal.municipalityCode())
                && signal.residenceMunicipalityCodes().stream().anyMatch(caller::servesMunicipality);
    }
}
