package nl.mensenhandel.triage.decisions;

import static nl.mensenhandel.platform.policy.PolicyDecision.allowed;
import static nl.mensenhandel.platform.policy.PolicyDecision.rejected;

import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.tenancy.Roles;
import nl.mensenhandel.platform.tenancy.TenantContext;
import nl.mensenhandel.triage.cases.Casus;
import nl.mensenhandel.triage.cases.CasusDisclosurePolicy;

/**
 * Who records a decision (issue 8 §4; the access matrix row {@code recordDecision}): the table of the region, or
 * the aandachtsfunctionaris for a casus of their municipalities (Rotterdam: the AF decides; elsewhere the AF
 * records the table's decision for their municipality).
 */
@Component
public class DecisionAccessPolicy {

    /** Rule: only the casustafel and the aandachtsfunctionaris record decisions; others 403. */
    public PolicyDecision mayDecide(TenantContext actor) {
        return actor.hasAnyRole(Roles.CASUSTAFEL, Roles.AANDACHTSFUNCTIONARIS) ? allowed()
                : rejected("decide-requires-casustafel-or-af", ProblemType.FORBIDDEN,
                        "Only the casustafel or the aandachtsfunctionaris records a decision");
    }

    /** Rule: an AF decides only on casussen of their municipalities; any other casus is not found for them. */
    public PolicyDecision decidesOn(TenantContext actor, Casus casus) {
        return actor.hasRole(Roles.CASUSTAFEL) || CasusDisclosurePolicy.ofTheirMunicipalities(actor, casus)
                ? allowed()
                : rejected("decide-only-own-municipalities", ProblemType.NOT_FOUND, "Casus not found");
    }
}
