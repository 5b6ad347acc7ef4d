package nl.mensenhandel.monitor.plateaus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import nl.mensenhandel.monitor.plateaus.PlateauProperties.CriterionEntry;

/**
 * The self-assessment's criteria (issue 11 capability 6), configured in {@code monitor.plateaus.criteria} as the
 * Zaanstreek-Waterland source lists them: <i>Regionaal Beleidsplan Mensenhandel Zaanstreek-Waterland</i> (2022),
 * bijlage 3 "Toelichting op de plateaus van het Kader voor de aanpak mensenhandel (VNG)" — per theme "Plateau 1:
 * een basisniveau voor alle gemeenten" and "Plateau 2: optionele bouwstenen, van harte aanbevolen" for
 * beleidsmatige basis, aandacht en bewustwording, samenwerking in de keten en/of regio, and opvang en hulpverlening
 * (for which the source lists plateau 1 only) — and the IBP agreements of its §1 ("Binnen het IBP is afgesproken dat
 * alle gemeenten vóór 2022: ...", plateau 0, theme {@code ibp}). The texts are quoted in Dutch; the ids are stable
 * (stored answers refer to them). Checked at start: ids match {@value #ID_PATTERN} and are unique, a theme and a
 * text are required, plateau 0 exactly for theme {@code ibp} and 1 or 2 otherwise.
 */
@Component
@EnableConfigurationProperties(PlateauProperties.class)
public class PlateauFramework {

    public static final String IBP = "ibp";
    static final String ID_PATTERN = "^[a-z0-9][a-z0-9-]{0,63}$";
    private static final Pattern ID = Pattern.compile(ID_PATTERN);

    private final List<PlateauCriterion> criteria;
    private final Map<String, PlateauCriterion> byId;

    public PlateauFramework(PlateauProperties properties) {
        List<String> errors = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<PlateauCriterion> checked = new ArrayList<>();
        for (CriterionEntry entry : properties.criteria()) {
            String where = "monitor.plateaus.criteria[" + entry.id() + "]";
            if (entry.id() == null || !ID.matcher(entry.id()).matches()) {
                errors.add(where + ": id must match " + ID_PATTERN);
            } else if (!ids.add(entry.id())) {
                errors.add(where + ": id used twice");
            }
            if (entry.theme() == null || entry.theme().isBlank()) {
                errors.add(where + ": theme is required");
            }
            if (entry.text() == null || entry.text().isBlank()) {
                errors.add(where + ": text is required");
            }
            int plateau = entry.plateau() == null ? -1 : entry.plateau();
            boolean ibp = IBP.equals(entry.theme());
            if (ibp ? plateau != 0 : plateau != 1 && plateau != 2) {
                errors.add(where + ": plateau must be 0 for an IBP agreement and 1 or 2 for a VNG theme");
            }
            checked.add(new PlateauCriterion(entry.id(), entry.theme(), plateau,
                    entry.text() == null ? null : entry.text().strip(), entry.evidence()));
        }
        if (checked.isEmpty()) {
            errors.add("monitor.plateaus.criteria: no criteria configured");
        }
        if (!errors.isEmpty()) {
            throw new IllegalStateException("The plateau criteria are not valid:\n  " + String.join("\n  ", errors));
        }
        this.criteria = List.copyOf(checked);
        this.byId = checked.stream().collect(Collectors.toUnmodifiableMap(PlateauCriterion::id, Function.identity()));
    }

    public List<PlateauCriterion> criteria() {
        return criteria;
    }

    public Optional<PlateauCriterion> find(String id) {
        return Optional.ofNullable(id).map(byId::get);
    }

    /** The VNG themes (not the IBP agreements), in configured order. */
    public List<String> themes() {
        return criteria.stream().map(PlateauCriterion::theme).filter(theme -> !IBP.equals(theme))
                .collect(Collectors.toCollection(LinkedHashSet::new)).stream().toList();
    }
}
