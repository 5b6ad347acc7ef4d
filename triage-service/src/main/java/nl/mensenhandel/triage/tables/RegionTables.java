package nl.mensenhandel.triage.tables;

import java.util.Locale;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Per region: the prefix of its casus references and the table a new casus goes to. For now both come
 * from configuration ({@code triage.regions.<region>.*}); the regio-beheerder's own table configuration
 * (tables, levels, covenants, steps — the triage issue) replaces the default table later.
 * <p>
 * A region without configuration still works: its prefix is made of the initials of its id
 * ({@code zaanstreek-waterland} → {@code ZW}; a one-word id gives its first two letters) and its table is
 * "Casustafel &lt;region&gt;".
 */
@ConfigurationProperties("triage")
public record RegionTables(Map<String, RegionSettings> regions) {

    public record RegionSettings(String referencePrefix, TableRef defaultTable) {
    }

    public RegionTables {
        regions = regions == null ? Map.of() : Map.copyOf(regions);
    }

    /** The table a casus of this region is put before when it is opened. */
    public TableRef defaultTable(String region) {
        RegionSettings settings = regions.get(region);
        return settings != null && settings.defaultTable() != null ? settings.defaultTable()
                : new TableRef(region + "-casustafel", "Casustafel " + region);
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
