package nl.mensenhandel.triage.tables;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Per region, from configuration ({@code triage.regions.<region>.*}): the prefix of its casus references and the
 * platform's default way of weighing (tables, steps) for a region whose regio-beheerder has stored none.
 * <p>
 * A region without configuration still works: its prefix is made of the initials of its id
 * ({@code zaanstreek-waterland} → {@code ZW}; a one-word id gives its first two letters) and it gets one
 * regional table "Casustafel &lt;region&gt;" as its only step.
 */
@ConfigurationProperties("triage")
public record RegionTables(Map<String, RegionSettings> regions) {

    /** Escalation after this many overdue days where a region does not say. */
    static final int DEFAULT_ESCALATE_AFTER_DAYS = 14;

    public record RegionSettings(String referencePrefix, List<TriageConfiguration.Table> tables, List<String> steps,
            Boolean afDecidesWithoutTable, Integer escalateAfterDays) {
    }

    public RegionTables {
        regions = regions == null ? Map.of() : Map.copyOf(regions);
    }

    /** The platform's default configuration of the region ({@code stored} false). */
    public TriageConfiguration defaults(String region) {
        RegionSettings settings = regions.get(region);
        if (settings == null || settings.tables() == null && settings.steps() == null) {
            String id = region + "-casustafel";
            return new TriageConfiguration(region,
                    List.of(new TriageConfiguration.Table(id, "Casustafel " + region,
                            TriageConfiguration.Level.REGIONAAL, null, List.of())),
                    List.of(id), false, DEFAULT_ESCALATE_AFTER_DAYS, false, null);
        }
        return new TriageConfiguration(region, settings.tables() == null ? List.of() : settings.tables(),
                settings.steps() == null ? List.of() : settings.steps(),
                Boolean.TRUE.equals(settings.afDecidesWithoutTable()),
                settings.escalateAfterDays() == null ? DEFAULT_ESCALATE_AFTER_DAYS : settings.escalateAfterDays(),
                false, null);
    }

    /** The region's part of a casus reference, e.g. {@code ZW}. */
    public String referencePrefix(String region) {
        RegionSettings settings = regions.get(region);
        if (settings != null && settings.referencePrefix() != null && !settings.referencePrefix().isBlank()) {
            return settings.referencePrefix();
        }
        String[] words = region.split("-");
        StringBuilder prefix = new StringBuilder();
        if (words.length == 1) {
            prefix.append(region, 0, Math.min(2, region.length()));
        } else {
            for (String word : words) {
                if (!word.isEmpty()) {
                    prefix.append(word.charAt(0));
                }
            }
        }
        return prefix.toString().toUpperCase(Locale.ROOT);
    }
}
