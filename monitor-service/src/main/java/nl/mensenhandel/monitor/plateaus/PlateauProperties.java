package nl.mensenhandel.monitor.plateaus;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code monitor.plateaus.criteria}: the criteria of the self-assessment, in the order shown (see
 * {@link PlateauFramework} for the source and the checks at start).
 */
@ConfigurationProperties("monitor.plateaus")
public record PlateauProperties(List<CriterionEntry> criteria) {

    public PlateauProperties {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }

    public record CriterionEntry(String id, String theme, Integer plateau, String text, EvidenceKind evidence) {
    }
}
