package nl.mensenhandel.care.trajectories;

import static nl.mensenhandel.platform.policy.PolicyDecision.allowed;
import static nl.mensenhandel.platform.policy.PolicyDecision.rejected;

import java.util.Optional;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.tenancy.Roles;
import nl.mensenhandel.platform.tenancy.TenantContext;

/**
 * Who sees and changes zorgtrajecten (need to know; api-specs/access-matrix.yaml). The region is enforced by the data
 * access itself ({@code RegionScopedMongo}: another region's trajectory is not found, 404); these rules add role and
 * scope:
 * <ul>
 * <li>the region's {@code zorgcoordinator} reads and changes every trajectory — it is their case management;</li>
 * <li>an {@code aandachtsfunctionaris} reads the <b>status</b> of the trajectories of their municipalities (the
 * responsible municipality, or a municipality of the casus it came from): the AF links the victim's approach
 * (DOMAIN.md §2) but has no need for the victim's care;</li>
 * <li>the {@code casustafel} reads the <b>status</b> of the trajectories its casussen opened: the table monitors
 * the progress of its tracks (DOMAIN.md §3 step 5), not the care itself.</li>
 * </ul>
 * Outside their scope the AF and the table get 404 (the trajectory's existence is not theirs to know).
 */
@Component
public class TrajectoryAccessPolicy {

    public static final String READ_RULE = "trajectories-need-to-know";
    public static final String WRITE_RULE = "trajectories-for-zorgcoordinator";

    /** Rule {@value #READ_RULE}: zorgcoordinator, aandachtsfunctionaris, casustafel; others 403. */
    public PolicyDecision mayRead(TenantContext caller) {
        return caller.hasAnyRole(Roles.ZORGCOORDINATOR, Roles.AANDACHTSFUNCTIONARIS, Roles.CASUSTAFEL) ? allowed()
                : rejected(READ_RULE, ProblemType.FORBIDDEN,
                        "Only the zorgcoordinator, the aandachtsfunctionaris and the table read trajectories");
    }

    /** Rule {@value #WRITE_RULE}: only the region's zorgcoordinator opens and changes trajectories; others 403. */
    public PolicyDecision mayWrite(TenantContext caller) {
        return caller.hasRole(Roles.ZORGCOORDINATOR) ? allowed()
                : rejected(WRITE_RULE, ProblemType.FORBIDDEN, "Only the zorgcoordinator opens and changes trajectories");
    }

    /** Whether the caller sees everything (zorgcoordinator) or the status only. */
    public boolean seesEverything(TenantContext caller) {
        return caller.hasRole(Roles.ZORGCOORDINATOR);
    }

    /** The filter of the caller's scope within the region; empty for "the whole region" (zorgcoordinator). */
    public Optional<Criteria> scope(TenantContext caller) {
        if (seesEverything(caller)) {
            return Optional.empty();
        }
        Criteria scope = caller.hasRole(Roles.CASUSTAFEL) ? Criteria.where("origin.kind").is(TrajectoryOrigin.Kind.TAFEL.name())
                : new Criteria().orOperator(
                        Criteria.where("responsibleMunicipality.municipalityCode").in(caller.municipalities()),
                        Criteria.where("municipalityCodes").in(caller.municipalities()));
        if (caller.hasRole(Roles.CASUSTAFEL) && caller.hasRole(Roles.AANDACHTSFUNCTIONARIS)) {
            scope = new Criteria().orOperator(Criteria.where("origin.kind").is(TrajectoryOrigin.Kind.TAFEL.name()),
                    Criteria.where("responsibleMunicipality.municipalityCode").in(caller.municipalities()),
                    Criteria.where("municipalityCodes").in(caller.municipalities()));
        }
        return Optional.of(scope);
    }

    /** The same scope for one trajectory already read (region checked by the read). */
    public boolean inScope(TenantContext caller, Zorgtraject trajectory) {
        if (seesEverything(caller)) {
            return true;
        }
        boolean table = caller.hasRole(Roles.CASUSTAFEL) && trajectory.origin() != null
                && trajectory.origin().kind() == TrajectoryOrigin.Kind.TAFEL;
        boolean af = caller.hasRole(Roles.AANDACHTSFUNCTIONARIS)
                && ((trajectory.responsibleMunicipality() != null
                        && caller.servesMunicipality(trajectory.responsibleMunicipality().municipalityCode()))
                        || trajectory.municipalityCodes().stream().anyMatch(caller::servesMunicipality));
        return table || af;
    }
}
