package nl.mensenhandel.triage.meetings;

import static nl.mensenhandel.platform.policy.PolicyDecision.allowed;
import static nl.mensenhandel.platform.policy.PolicyDecision.rejected;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.tenancy.Roles;
import nl.mensenhandel.platform.tenancy.TenantContext;
import nl.mensenhandel.triage.tables.TriageConfiguration;

/**
 * Who schedules and reads the meetings of the region's tables ({@code api-specs/triage-service.yaml}, tag
 * {@code meetings}; rows in {@code api-specs/access-matrix.yaml}). Region is enforced by the data access itself.
 */
@Component
public class MeetingAccessPolicy {

    /**
     * Rule: the table's members and the aandachtsfunctionaris schedule a meeting — the AF brings a casus to the
     * table (Heemstede's signalenoverleg, IJsselland's weeg- en monitortafel) and, when it cannot wait, asks for a
     * consultation by mail or a spoed-MDO (issue 8 §3).
     */
    public PolicyDecision maySchedule(TenantContext caller) {
        return caller.hasAnyRole(Roles.CASUSTAFEL, Roles.AANDACHTSFUNCTIONARIS) ? allowed()
                : rejected("schedule-meeting-requires-table-role", ProblemType.FORBIDDEN,
                        "Only casustafel or aandachtsfunctionaris schedule a meeting");
    }

    /**
     * Rule: the table's members and the aandachtsfunctionaris read meetings and their agendas; nobody else
     * (a meeting's agenda lists casussen, issue 8 §5 need to know).
     */
    public PolicyDecision mayRead(TenantContext caller) {
        return caller.hasAnyRole(Roles.CASUSTAFEL, Roles.AANDACHTSFUNCTIONARIS) ? allowed()
                : rejected("read-meetings-requires-table-role", ProblemType.FORBIDDEN,
                        "Only casustafel or aandachtsfunctionaris read meetings");
    }

    /**
     * Rule: a meeting is of a table of the region's configuration — a meeting of a table that does not exist
     * could never hold a casus (issue 8 §1: the regio-beheerder configures the tables).
     */
    public PolicyDecision tableOfRegion(String tableId, Optional<TriageConfiguration.Table> table) {
        return table.isPresent() ? allowed()
                : rejected("meeting-of-a-configured-table", ProblemType.UNPROCESSABLE,
                        "Table " + tableId + " is not one of the region's tables");
    }

    /**
     * Rule (need to know): an aandachtsfunctionaris sees on an agenda only the casussen of the municipalities they
     * serve; a member of the table sees every item.
     *
     * @return the municipalities whose items the caller may see, or empty for "every item"
     */
    public Optional<Set<String>> visibleMunicipalities(TenantContext caller) {
        return caller.hasRole(Roles.CASUSTAFEL) ? Optional.empty() : Optional.of(caller.municipalities());
    }

    static boolean visible(Optional<Set<String>> visible, Collection<String> municipalityCodes) {
        return visible.map(own -> municipalityCodes.stream().anyMatch(own::contains)).orElse(true);
    }
}
