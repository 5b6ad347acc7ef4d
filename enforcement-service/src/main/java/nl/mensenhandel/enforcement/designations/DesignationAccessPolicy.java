package nl.mensenhandel.enforcement.designations;

import static nl.mensenhandel.platform.policy.PolicyDecision.allowed;
import static nl.mensenhandel.platform.policy.PolicyDecision.rejected;

import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.tenancy.Roles;
import nl.mensenhandel.platform.tenancy.TenantContext;

/** Who records and reads designations and mandates (access-matrix rows listDesignations, putDesignation, putMandate). */
@Component
public class DesignationAccessPolicy {

    /** Rule: the regio-beheerder records designations and mandates (the decisions themselves are the municipality's). */
    public PolicyDecision mayRecord(TenantContext caller) {
        return caller.hasRole(Roles.REGIO_BEHEERDER) ? allowed()
                : rejected("record-designations-requires-regio-beheerder", ProblemType.FORBIDDEN,
                        "Only the regio-beheerder records designations and mandates");
    }

    public PolicyDecision mayList(TenantContext caller) {
        return caller.hasAnyRole(Roles.REGIO_BEHEERDER, Roles.BELEIDSREGISSEUR, Roles.HANDHAVER) ? allowed()
                : rejected("read-designations-requires-role", ProblemType.FORBIDDEN,
                        "Only the regio-beheerder, the beleidsregisseur and handhavers read designations");
    }

    /** The whole region (empty) for regio-beheerder and beleidsregisseur; a handhaver the municipalities served. */
    public Optional<Set<String>> visibleMunicipalities(TenantContext caller) {
        return caller.hasAnyRole(Roles.REGIO_BEHEERDER, Roles.BELEIDSREGISSEUR) ? Optional.empty()
                : Optional.of(caller.municipalities());
    }
}
