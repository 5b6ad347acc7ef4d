package nl.mensenhandel.triage.tables;

import static nl.mensenhandel.platform.policy.PolicyDecision.allowed;
import static nl.mensenhandel.platform.policy.PolicyDecision.rejected;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.tenancy.Roles;
import nl.mensenhandel.platform.tenancy.TenantContext;

/**
 * The rules of a region's way of weighing (issue 8 §1, {@code api-specs/triage-service.yaml}
 * putTriageConfiguration). Each rule is one method answering allowed or rejected with the rule's name. The
 * regions' plans they keep possible: Heemstede's weekly signalenoverleg followed by the Lokaal Overleg
 * Ondermijning (two steps, in that order); IJsselland's one regional weeg- en monitortafel (one step); Rotterdam's
 * "van signaal naar casuïstiek", where the AF decides the track without a table first (no step at all).
 */
@Component
public class TriageConfigurationPolicy {

    /**
     * Rule: the regio-beheerder, the table, the aandachtsfunctionaris and the beleidsregisseur read their region's
     * configuration (contract getTriageConfiguration): each works with the tables and steps it describes.
     */
    public PolicyDecision mayRead(TenantContext caller) {
        return caller.hasAnyRole(Roles.REGIO_BEHEERDER, Roles.CASUSTAFEL, Roles.AANDACHTSFUNCTIONARIS,
                Roles.BELEIDSREGISSEUR) ? allowed()
                        : rejected("read-triage-configuration-requires-role", ProblemType.FORBIDDEN,
                                "Only regio-beheerder, casustafel, aandachtsfunctionaris or beleidsregisseur read the"
                                        + " triage configuration");
    }

    /**
     * Rule: only the regio-beheerder configures the region's tables and steps (issue 8 §1: "The regio-beheerder
     * configures tables … and which steps a case passes"), and only for their own region — the region is the
     * token's, never a field of the request.
     */
    public PolicyDecision mayConfigure(TenantContext caller) {
        return caller.hasRole(Roles.REGIO_BEHEERDER) ? allowed()
                : rejected("triage-configuration-by-regio-beheerder", ProblemType.FORBIDDEN,
                        "Only the regio-beheerder configures the region's tables and steps");
    }

    /**
     * Rule: every table has its own id within the region — a step, a casus and a meeting name a table by id, and
     * an id shared by two tables (say, Heemstede's signalenoverleg and its LOO) would not say which one.
     */
    public PolicyDecision tableIdsUnique(List<TriageConfiguration.Table> tables) {
        Set<String> seen = new HashSet<>();
        List<String> twice = tables.stream().map(TriageConfiguration.Table::id).filter(id -> !seen.add(id))
                .distinct().toList();
        return twice.isEmpty() ? allowed()
                : rejected("table-ids-unique", ProblemType.UNPROCESSABLE, "Table ids are used twice: " + twice);
    }

    /** Rule: every step names a table of the configuration — a casus put on a step must reach a real table. */
    public PolicyDecision stepsNameTables(List<TriageConfiguration.Table> tables, List<String> steps) {
        Set<String> ids = new HashSet<>(tables.stream().map(TriageConfiguration.Table::id).toList());
        List<String> unknown = steps.stream().filter(step -> !ids.contains(step)).distinct().toList();
        return unknown.isEmpty() ? allowed()
                : rejected("steps-name-tables", ProblemType.UNPROCESSABLE, "Steps name no table: " + unknown);
    }

    /**
     * Rule: no table comes twice in the steps — a casus passes each table once (Heemstede: signalenoverleg, then
     * LOO, never back); "the next step" after a table must be one table.
     */
    public PolicyDecision noTableTwiceInSteps(List<String> steps) {
        Set<String> seen = new HashSet<>();
        List<String> twice = steps.stream().filter(step -> !seen.add(step)).distinct().toList();
        return twice.isEmpty() ? allowed()
                : rejected("no-table-twice-in-steps", ProblemType.UNPROCESSABLE,
                        "Tables come twice in the steps: " + twice);
    }

    /**
     * Rule: without steps the AF must be allowed to decide without a table (Rotterdam's model), else a new casus
     * has nowhere to go and nobody to decide it.
     */
    public PolicyDecision withoutStepsTheAfDecides(List<String> steps, boolean afDecidesWithoutTable) {
        return !steps.isEmpty() || afDecidesWithoutTable ? allowed()
                : rejected("without-steps-af-decides", ProblemType.UNPROCESSABLE,
                        "Without steps afDecidesWithoutTable must be true, else a casus has nowhere to go");
    }

    /** Every rule on the content of a configuration; the first that rejects answers. */
    public PolicyDecision isSound(ConfigurationProposal proposal) {
        return Stream.of(tableIdsUnique(proposal.tables()), stepsNameTables(proposal.tables(), proposal.steps()),
                noTableTwiceInSteps(proposal.steps()),
                withoutStepsTheAfDecides(proposal.steps(), proposal.afDecidesWithoutTable()))
                .filter(decision -> !decision.isAllowed()).findFirst().orElse(allowed());
    }
}
