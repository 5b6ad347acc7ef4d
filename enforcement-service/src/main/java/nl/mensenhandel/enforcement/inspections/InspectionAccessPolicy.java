package nl.mensenhandel.enforcement.inspections;

import static nl.mensenhandel.platform.policy.PolicyDecision.allowed;
import static nl.mensenhandel.platform.policy.PolicyDecision.rejected;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.tenancy.Roles;
import nl.mensenhandel.platform.tenancy.TenantContext;

/**
 * Need to know for integrated inspections (api-specs/access-matrix.yaml rows listInspections … getAttachment).
 * The region is enforced by the data access itself ({@code RegionScopedMongo}); these rules add role and scope:
 * <ul>
 * <li>{@code beleidsregisseur}: the whole region (lists only);</li>
 * <li>{@code aandachtsfunctionaris}: the municipalities served (lists only);</li>
 * <li>{@code handhaver} ({@code inspection-team}): the municipalities served, or inspections whose team they took
 * part in (member by username) — lists, details, findings, attachments and the writes;</li>
 * <li>{@code casustafel} ({@code table-inspections}): inspections a table asked for (origin TAFEL).</li>
 * </ul>
 */
@Component
public class InspectionAccessPolicy {

    public PolicyDecision mayList(TenantContext caller) {
        return caller.hasAnyRole(Roles.HANDHAVER, Roles.AANDACHTSFUNCTIONARIS, Roles.BELEIDSREGISSEUR, Roles.CASUSTAFEL)
                ? allowed()
                : rejected("list-inspections-requires-role", ProblemType.FORBIDDEN,
                        "Only a handhaver, an aandachtsfunctionaris, the beleidsregisseur or the casustafel list inspections");
    }

    /** Details, findings and attachments: handhavers and the casustafel. */
    public PolicyDecision mayRead(TenantContext caller) {
        return caller.hasAnyRole(Roles.HANDHAVER, Roles.CASUSTAFEL) ? allowed()
                : rejected("read-inspection-requires-role", ProblemType.FORBIDDEN,
                        "Only handhavers and the casustafel read an inspection's details");
    }

    /** Recording and editing: handhavers only. */
    public PolicyDecision mayWrite(TenantContext caller) {
        return caller.hasRole(Roles.HANDHAVER) ? allowed()
                : rejected("record-inspections-requires-handhaver", ProblemType.FORBIDDEN,
                        "Only a handhaver records inspections, findings and attachments");
    }

    /** Rule: a handhaver records an inspection only for a municipality they serve. */
    public PolicyDecision mayCreateFor(TenantContext caller, String municipalityCode) {
        if (!mayWrite(caller).isAllowed()) {
            return mayWrite(caller);
        }
        return caller.servesMunicipality(municipalityCode) ? allowed()
                : rejected("record-inspection-in-served-municipality", ProblemType.FORBIDDEN,
                        "A handhaver records inspections only for a municipality they serve");
    }

    /** The list filter: the union of the caller's roles' scopes; null means the whole region. */
    public Criteria listScope(TenantContext caller) {
        if (caller.hasRole(Roles.BELEIDSREGISSEUR)) {
            return null;
        }
        List<Criteria> any = new ArrayList<>();
        if (caller.hasAnyRole(Roles.HANDHAVER, Roles.AANDACHTSFUNCTIONARIS)) {
            any.add(Criteria.where("municipalityCode").in(caller.municipalities()));
        }
        if (caller.hasRole(Roles.HANDHAVER) && caller.username() != null) {
            any.add(Criteria.where("members.username").is(caller.username()));
        }
        if (caller.hasRole(Roles.CASUSTAFEL)) {
            any.add(Criteria.where("origin").is(InspectionOrigin.TAFEL.name()));
        }
        return new Criteria().orOperator(any);
    }

    /** Whether the caller may read this inspection's details (else it answers 404). */
    public boolean mayRead(TenantContext caller, Inspection inspection) {
        return (caller.hasRole(Roles.HANDHAVER) && inTeamScope(caller, inspection))
                || (caller.hasRole(Roles.CASUSTAFEL) && inspection.origin() == InspectionOrigin.TAFEL);
    }

    /** Whether the caller may change this inspection or add to it (else it answers 404). */
    public boolean mayWrite(TenantContext caller, Inspection inspection) {
        return caller.hasRole(Roles.HANDHAVER) && inTeamScope(caller, inspection);
    }

    private static boolean inTeamScope(TenantContext caller, Inspection inspection) {
        return caller.servesMunicipality(inspection.municipalityCode())
                || inspection.members().stream().anyMatch(m -> m.username().equals(caller.username()));
    }
}
