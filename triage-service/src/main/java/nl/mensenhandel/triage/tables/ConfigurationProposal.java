package nl.mensenhandel.triage.tables;

import java.time.Instant;
import java.util.List;

/**
 * What a regio-beheerder puts: the tables, the steps a casus passes, and whether the AF decides without a
 * table. Not yet checked against {@link TriageConfigurationPolicy}.
 */
public record ConfigurationProposal(List<TriageConfiguration.Table> tables, List<String> steps,
        boolean afDecidesWithoutTable, int escalateAfterDays) {

    public ConfigurationProposal {
        tables = tables == null ? List.of() : List.copyOf(tables);
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    TriageConfiguration forRegion(String region, Instant updatedAt) {
        return new TriageConfiguration(region, tables, steps, afDecidesWithoutTable, escalateAfterDays, true,
                updatedAt);
    }
}
