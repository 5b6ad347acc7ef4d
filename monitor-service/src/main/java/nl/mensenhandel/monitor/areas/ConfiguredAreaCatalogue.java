package nl.mensenhandel.monitor.areas;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import nl.mensenhandel.monitor.api.model.AreaKind;
import nl.mensenhandel.monitor.areas.AreaProperties.AreaEntry;
import nl.mensenhandel.platform.tenancy.Municipality;
import nl.mensenhandel.platform.tenancy.MunicipalityRegistry;

/**
 * The areas of every region: the region itself and each of its municipalities from the platform's reference data
 * ({@link MunicipalityRegistry}, as the municipalities list uses), plus what {@code monitor.regions.<region>.areas}
 * configures — checked once at start, so a wrong configuration stops the service with every mistake named:
 * <ul>
 * <li>a configured region must be a region of the reference data;</li>
 * <li>ids match {@value #ID_PATTERN} (the contract's {@code area} parameter), are unique in the region and are
 * neither the region id nor a gemeentecode (those areas exist already); a name is required;</li>
 * <li>{@code GROEPERING}: at least one municipality, each a municipality of this region (an unknown code or one of
 * another region fails the start) and none twice — groupings may overlap each other and the region (the
 * Zaanstreek-Waterland plan's shared AF for Zaanstad, Oostzaan and Wormerland);</li>
 * <li>{@code EXTERN}: no municipalities (an area partners report on that is not made of the region's
 * municipalities, e.g. the police unit Noord-Holland or IJmond in the Heemstede plan's tables);</li>
 * <li>{@code REGIO} and {@code GEMEENTE} are not configured: they come from the reference data.</li>
 * </ul>
 */
@Component
@EnableConfigurationProperties(AreaProperties.class)
public class ConfiguredAreaCatalogue implements AreaCatalogue {

    static final String ID_PATTERN = "^[a-z0-9][a-z0-9-]{0,63}$";
    private static final Pattern ID = Pattern.compile(ID_PATTERN);
    private static final Pattern GEMEENTECODE = Pattern.compile("^GM[0-9]{4}$");

    private final MunicipalityRegistry registry;
    private final Map<String, List<MonitorArea>> configured;

    public ConfiguredAreaCatalogue(AreaProperties properties, MunicipalityRegistry registry) {
        this.registry = registry;
        List<String> errors = new ArrayList<>();
        Map<String, List<MonitorArea>> areas = new TreeMap<>();
        properties.regions().forEach((region, settings) -> {
            List<Municipality> municipalities = registry.inRegion(region);
            if (municipalities.isEmpty()) {
                errors.add("monitor.regions." + region + ": not a region of the reference data");
                return;
            }
            List<MonitorArea> regionAreas = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (AreaEntry entry : settings == null ? List.<AreaEntry>of() : settings.areas()) {
                String where = "monitor.regions." + region + ".areas[" + entry.id() + "]";
                if (entry.id() == null || !ID.matcher(entry.id()).matches()) {
                    errors.add(where + ": id must match " + ID_PATTERN);
                } else if (entry.id().equals(region) || GEMEENTECODE.matcher(entry.id().toUpperCase()).matches()) {
                    errors.add(where + ": id is the region's or a municipality's");
                } else if (!ids.add(entry.id())) {
                    errors.add(where + ": id used twice in the region");
                }
                if (entry.name() == null || entry.name().isBlank()) {
                    errors.add(where + ": name is required");
                }
                if (entry.kind() == AreaKind.GROEPERING) {
                    checkGrouping(where, region, entry.municipalities(), errors);
                } else if (entry.kind() == AreaKind.EXTERN) {
                    if (!entry.municipalities().isEmpty()) {
                        errors.add(where + ": an EXTERN area has no municipalities of the region");
                    }
                } else {
                    errors.add(where + ": kind must be GROEPERING or EXTERN (the region and its municipalities are"
                            + " there already)");
                }
                regionAreas.add(new MonitorArea(entry.id(), entry.name(), entry.kind(), entry.municipalities()));
            }
            areas.put(region, List.copyOf(regionAreas));
        });
        if (!errors.isEmpty()) {
            throw new IllegalStateException("The monitor's areas are not valid:\n  " + String.join("\n  ", errors));
        }
        this.configured = Map.copyOf(areas);
    }

    private void checkGrouping(String where, String region, List<String> codes, List<String> errors) {
        if (codes.isEmpty()) {
            errors.add(where + ": a GROEPERING needs at least one municipality");
        }
        if (new LinkedHashSet<>(codes).size() != codes.size()) {
            errors.add(where + ": a municipality is named twice");
        }
        for (String code : codes) {
            if (registry.find(code).isEmpty()) {
                errors.add(where + ": unknown municipality " + code);
            } else if (!registry.belongsToRegion(code, region)) {
                errors.add(where + ": municipality " + code + " is not of region " + region);
            }
        }
    }

    @Override
    public List<MonitorArea> of(String region) {
        List<Municipality> municipalities = registry.inRegion(region).stream()
                .sorted(Comparator.comparing(Municipality::name).thenComparing(Municipality::code)).toList();
        if (municipalities.isEmpty()) {
            return List.of();
        }
        List<MonitorArea> all = new ArrayList<>();
        all.add(new MonitorArea(region, regionName(region), AreaKind.REGIO,
                municipalities.stream().map(Municipality::code).sorted().toList()));
        municipalities.forEach(m -> all.add(new MonitorArea(m.code(), m.name(), AreaKind.GEMEENTE, List.of(m.code()))));
        all.addAll(configured.getOrDefault(region, List.of()));
        return List.copyOf(all);
    }

    @Override
    public Optional<MonitorArea> find(String region, String id) {
        return of(region).stream().filter(area -> area.id().equals(id)).findFirst();
    }

    /** {@code zaanstreek-waterland} reads "Zaanstreek-Waterland" (the reference data has no region names). */
    static String regionName(String region) {
        StringBuilder name = new StringBuilder(region.length());
        boolean upper = true;
        for (char c : region.toCharArray()) {
            name.append(upper ? Character.toUpperCase(c) : c);
            upper = c == '-';
        }
        return name.toString();
    }
}
