package nl.mensenhandel.monitor.figures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

import nl.mensenhandel.monitor.api.model.AreaKind;
import nl.mensenhandel.monitor.api.model.ExploitationForm;
import nl.mensenhandel.monitor.areas.AreaDimension;
import nl.mensenhandel.monitor.areas.MonitorArea;
import nl.mensenhandel.monitor.disclosure.Cube;
import nl.mensenhandel.monitor.disclosure.Dimension;
import nl.mensenhandel.monitor.disclosure.DisclosureControl;
import nl.mensenhandel.monitor.disclosure.SuppressedCube;
import nl.mensenhandel.monitor.sources.GatheredStatistics;
import nl.mensenhandel.monitor.sources.MedianDuration;
import nl.mensenhandel.monitor.sources.SourceResult;
import nl.mensenhandel.monitor.sources.StatisticsCount;

/**
 * Builds a region's {@link RegionalPublication}: per {@link MeasureShape} one cube with dimensions
 * <ul>
 * <li>{@code period}: leaves {@code 2024-Q1}…{@code 2024-Q4} with aggregate {@code 2024} (year = sum of its quarters)
 * for measures counted per quarter, else leaves {@code 2024}; every year the source holds data for;</li>
 * <li>{@code area} (measures per municipality): leaves every municipality of the region (and {@code ONBEKEND} for a
 * count without, or with a municipality outside the region), aggregates the region (all leaves) and every configured
 * grouping (its municipalities: it overlaps the region);</li>
 * <li>each categorical dimension with its {@code TOTAAL}; forms always all five.</li>
 * </ul>
 * Then each cube is suppressed as a whole at the audience's threshold ({@link DisclosureControl}).
 */
@Component
public class PublicationBuilder {

    public static final String PERIOD = "period";
    public static final String AREA = "area";
    public static final String UNKNOWN = "ONBEKEND";

    public RegionalPublication build(GatheredStatistics gathered, List<MonitorArea> areas, int threshold) {
        return build(gathered, areas, threshold, null);
    }

    /**
     * The publication at {@code threshold}, hiding at least what {@code base} (the same data at a lower threshold)
     * hides, so that the two audiences' publications together reveal no more than {@code base}.
     */
    public RegionalPublication build(GatheredStatistics gathered, List<MonitorArea> areas, int threshold,
            RegionalPublication base) {
        Map<String, SuppressedCube> cubes = new LinkedHashMap<>();
        List<MedianDuration> durations = new ArrayList<>();
        for (SourceResult source : gathered.sources()) {
            if (!source.available()) {
                continue;
            }
            durations.addAll(source.durations());
            for (MeasureShape shape : MeasureShape.ALL) {
                if (shape.source().equals(source.source())) {
                    List<StatisticsCount> counts = source.cells().stream()
                            .filter(c -> c.measure().equals(shape.measure())).toList();
                    SuppressedCube nested = base == null ? null : base.cubes().get(shape.measure());
                    cubes.put(shape.measure(),
                            DisclosureControl.suppress(cube(shape, counts, areas), threshold, nested));
                }
            }
        }
        return new RegionalPublication(gathered.region(), threshold, gathered, cubes, durations);
    }

    /** One measure of a region's publication on its own (the national view builds on the regions' own). */
    public SuppressedCube publish(MeasureShape shape, List<StatisticsCount> counts, List<MonitorArea> areas,
            int threshold) {
        return DisclosureControl.suppress(cube(shape, counts, areas), threshold);
    }

    static Cube cube(MeasureShape shape, List<StatisticsCount> counts, List<MonitorArea> areas) {
        List<Dimension> dimensions = new ArrayList<>();
        dimensions.add(periods(shape.quarters(), counts));
        Set<String> ownMunicipalities = new LinkedHashSet<>();
        if (shape.area()) {
            Dimension area = areaDimension(areas, counts);
            ownMunicipalities.addAll(area.leaves());
            dimensions.add(area);
        }
        for (String category : shape.categories()) {
            dimensions.add(Dimension.withTotal(category, categoryValues(category, counts)));
        }
        Cube cube = new Cube(shape.measure(), dimensions, scope(shape, dimensions, areas));
        for (StatisticsCount count : counts) {
            if (count.count() <= 0) {
                continue;
            }
            List<String> leaf = new ArrayList<>();
            leaf.add(periodLeaf(shape.quarters(), count.dimensions()));
            if (shape.area()) {
                String code = count.dimensions().get("municipalityCode");
                leaf.add(code != null && ownMunicipalities.contains(code) ? code : UNKNOWN);
            }
            for (String category : shape.categories()) {
                leaf.add(categoryValue(category, count.dimensions()));
            }
            if (leaf.get(0) != null) {
                cube.add(leaf, count.count());
            }
        }
        return cube;
    }

    /** The cells the publication holds: see {@link MeasureShape#regionOnly()} and {@link MeasureShape#oneAtATime()}. */
    private static Cube.Scope scope(MeasureShape shape, List<Dimension> dimensions, List<MonitorArea> areas) {
        if (shape.regionOnly().isEmpty() && shape.oneAtATime().isEmpty()) {
            return Cube.Scope.ALL;
        }
        List<String> names = dimensions.stream().map(Dimension::name).toList();
        int areaAt = names.indexOf(AREA);
        String region = areas.stream().filter(a -> a.kind() == AreaKind.REGIO).map(MonitorArea::id).findFirst()
                .orElse(null);
        List<Integer> regionOnly = shape.regionOnly().stream().map(names::indexOf).toList();
        List<Integer> oneAtATime = shape.oneAtATime().stream().map(names::indexOf).toList();
        return coordinates -> {
            if (areaAt >= 0 && !coordinates.get(areaAt).equals(region)) {
                for (int d : regionOnly) {
                    if (!coordinates.get(d).equals(Dimension.TOTAL)) {
                        return false;
                    }
                }
            }
            int brokenDown = 0;
            for (int d : oneAtATime) {
                if (!coordinates.get(d).equals(Dimension.TOTAL)) {
                    brokenDown++;
                }
            }
            return brokenDown <= 1;
        };
    }

    static String periodKey(int year, Integer quarter) {
        return quarter == null ? Integer.toString(year) : year + "-Q" + quarter;
    }

    private static Dimension periods(boolean quarters, List<StatisticsCount> counts) {
        TreeSet<Integer> years = new TreeSet<>();
        for (StatisticsCount count : counts) {
            Integer year = year(count.dimensions());
            if (year != null) {
                years.add(year);
            }
        }
        List<String> leaves = new ArrayList<>();
        Map<String, List<String>> aggregates = new LinkedHashMap<>();
        for (int year : years) {
            if (quarters) {
                List<String> ofYear = new ArrayList<>();
                for (int q = 1; q <= 4; q++) {
                    ofYear.add(periodKey(year, q));
                }
                leaves.addAll(ofYear);
                aggregates.put(Integer.toString(year), ofYear);
            } else {
                leaves.add(Integer.toString(year));
            }
        }
        return new Dimension(PERIOD, leaves, aggregates);
    }

    private static String periodLeaf(boolean quarters, Map<String, String> dimensions) {
        Integer year = year(dimensions);
        if (year == null) {
            return null;
        }
        if (!quarters) {
            return Integer.toString(year);
        }
        Integer quarter = parse(dimensions.get("quarter"));
        return quarter == null || quarter < 1 || quarter > 4 ? null : periodKey(year, quarter);
    }

    private static Integer year(Map<String, String> dimensions) {
        return parse(dimensions.get("year"));
    }

    private static Integer parse(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Dimension areaDimension(List<MonitorArea> areas, List<StatisticsCount> counts) {
        List<String> municipalities = areas.stream().filter(a -> a.kind() == AreaKind.GEMEENTE).map(MonitorArea::id)
                .toList();
        boolean unknown = counts.stream().anyMatch(c -> {
            String code = c.dimensions().get("municipalityCode");
            return code == null || !municipalities.contains(code);
        });
        return AreaDimension.of(AREA, areas, unknown ? List.of(UNKNOWN) : List.of(), List.of());
    }

    private static List<String> categoryValues(String category, List<StatisticsCount> counts) {
        Set<String> values = new LinkedHashSet<>();
        if (category.equals("form")) {
            Arrays.stream(ExploitationForm.values()).forEach(f -> values.add(f.getValue()));
        }
        TreeSet<String> seen = new TreeSet<>();
        for (StatisticsCount count : counts) {
            seen.add(categoryValue(category, count.dimensions()));
        }
        values.addAll(seen);
        return new ArrayList<>(values);
    }

    private static String categoryValue(String category, Map<String, String> dimensions) {
        String value = dimensions.get(category);
        return value == null || value.isBlank() || value.equals(Dimension.TOTAL) ? UNKNOWN : value;
    }
}
