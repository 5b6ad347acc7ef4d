package nl.mensenhandel.triage.tables;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A region's way of weighing (issue 8 §1): its tables, the steps a casus passes, and whether the AF may decide
 * without a table. Heemstede: signalenoverleg, then LOO. IJsselland: the regional weeg- en monitortafel.
 * Rotterdam: no step — the AF decides the track, with ESSM advice where needed.
 *
 * @param steps             table ids in the order a casus passes them; empty where the AF decides
 * @param escalateAfterDays a track overdue this long escalates its casus to the beleidsregisseur by itself
 * @param stored            false for the platform's default of a region that has stored none
 */
public record TriageConfiguration(String region, List<Table> tables, List<String> steps,
        boolean afDecidesWithoutTable, int escalateAfterDays, boolean stored, Instant updatedAt) {

    public TriageConfiguration {
        tables = tables == null ? List.of() : List.copyOf(tables);
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    public enum Covenant {
        ZVH_CONVENANT, RIEC_CONVENANT, GEEN
    }

    public enum Level {
        GEMEENTELIJK, SUBREGIONAAL, REGIONAAL
    }

    /** An organisation at a table and the covenant it shares under; a user takes part as their organisation. */
    public record Participant(String organisation, String function, Covenant covenant) {
    }

    public record Table(String id, String name, Level level, String cadence, List<Participant> participants) {

        public Table {
            participants = participants == null ? List.of() : List.copyOf(participants);
        }

        public TableRef ref() {
            return new TableRef(id, name);
        }

        /**
         * The covenants the organisation works under at this table (an organisation may be listed once per
         * covenant, e.g. the police under both); empty when it does not take part.
         */
        public java.util.Set<Covenant> covenantsOf(String organisation) {
            return organisation == null ? java.util.Set.of()
                    : participants.stream().filter(p -> p.organisation().equalsIgnoreCase(organisation))
                            .map(Participant::covenant).collect(java.util.stream.Collectors.toUnmodifiableSet());
        }
    }

    public Optional<Table> table(String tableId) {
        return tables.stream().filter(table -> table.id().equals(tableId)).findFirst();
    }

    /** The first step a new casus goes to, or empty where the AF decides without a table. */
    public Optional<Table> firstStep() {
        return steps.isEmpty() ? Optional.empty() : table(steps.getFirst());
    }

    /** The step after {@code tableId}, or empty at the last step (or for a table that is no step). */
    public Optional<Table> stepAfter(String tableId) {
        int at = steps.indexOf(tableId);
        return at < 0 || at + 1 >= steps.size() ? Optional.empty() : table(steps.get(at + 1));
    }
}
