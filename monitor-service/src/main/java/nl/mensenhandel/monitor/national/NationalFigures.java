package nl.mensenhandel.monitor.national;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.stereotype.Service;

import nl.mensenhandel.monitor.api.model.Audience;
import nl.mensenhandel.monitor.api.model.ExploitationForm;
import nl.mensenhandel.monitor.disclosure.Cube;
import nl.mensenhandel.monitor.disclosure.Dimension;
import nl.mensenhandel.monitor.disclosure.DisclosureControl;
import nl.mensenhandel.monitor.disclosure.PublishedCell;
import nl.mensenhandel.monitor.disclosure.SuppressedCube;
import nl.mensenhandel.monitor.figures.AudienceThresholds;
import nl.mensenhandel.monitor.figures.FigureTable;
import nl.mensenhandel.monitor.figures.Labels;
import nl.mensenhandel.monitor.figures.MeasureShape;
import nl.mensenhandel.monitor.figures.PublicationBuilder;
import nl.mensenhandel.monitor.areas.AreaCatalogue;
import nl.mensenhandel.monitor.figures.MonitorFigures;
import nl.mensenhandel.monitor.municipalities.MonitorAccessPolicy;
import nl.mensenhandel.monitor.sources.GatheredStatistics;
import nl.mensenhandel.monitor.sources.SourceResult;
import nl.mensenhandel.monitor.sources.StatisticsCount;
import nl.mensenhandel.monitor.sources.StatisticsSources;
import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.problem.InvalidField;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.tenancy.Municipality;
import nl.mensenhandel.platform.tenancy.MunicipalityRegistry;
import nl.mensenhandel.platform.tenancy.TenantContext;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The national view ({@code getNationalFigures}; issue 11 §9: "a national view aggregates regions above the public
 * threshold only"): unique signals of every region of the instance by year and form, nothing below region level.
 * One cube — years × (every region, NL = sum of regions) × (forms, total) — suppressed as a whole at the public
 * threshold with the same {@link DisclosureControl}, hiding at least the region-level cells each region's own
 * publication hides (its readers see both); every table selects from it.
 */
@Service
public class NationalFigures {

    static final String NATIONAL = "NL";
    static final String MEASURE = "SIGNALS_UNIQUE";
    static final String SOURCE = "signal-service";
    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    private final MonitorAccessPolicy access;
    private final StatisticsSources sources;
    private final MunicipalityRegistry registry;
    private final AudienceThresholds thresholds;
    private final Labels labels;
    private final AreaCatalogue areas;
    private final PublicationBuilder publications;
    private final Clock clock;

    public NationalFigures(MonitorAccessPolicy access, StatisticsSources sources, MunicipalityRegistry registry,
            AudienceThresholds thresholds, Labels labels, AreaCatalogue areas, PublicationBuilder publications,
            Clock clock) {
        this.areas = areas;
        this.publications = publications;
        this.access = access;
        this.sources = sources;
        this.registry = registry;
        this.thresholds = thresholds;
        this.labels = labels;
        this.clock = clock;
    }

    public Mono<MonitorFigures.Report> report(TenantContext caller, Integer fromYear, Integer toYear) {
        return access.mayReadFigures(caller).enforce(caller).flatMap(c -> {
            int current = ZonedDateTime.ofInstant(clock.instant(), DUTCH_TIME).getYear();
            int to = toYear == null ? current : toYear;
            int from = fromYear == null ? Math.min(to, current) - 5 : fromYear;
            if (from > to) {
                String detail = "Field 'fromYear' must not be after toYear (" + to + ")";
                return Mono.error(new ApiProblem(ProblemType.VALIDATION, detail,
                        List.of(new InvalidField("fromYear", detail))));
            }
            List<String> regions = regions();
            int threshold = thresholds.publicThreshold();
            return Flux.fromIterable(regions)
                    .flatMapSequential(region -> sources.gather(region)
                            .map(g -> g.from(SOURCE).orElse(SourceResult.unavailable(SOURCE, "no answer")))
                            .map(r -> Map.entry(region, r)))
                    .collectList()
                    .map(results -> {
                        Map<String, SourceResult> byRegion = new LinkedHashMap<>();
                        results.forEach(e -> byRegion.put(e.getKey(), e.getValue()));
                        return report(byRegion, regions, from, to, threshold);
                    });
        });
    }

    List<String> regions() {
        return registry.all().stream().map(Municipality::region).distinct().sorted().toList();
    }

    MonitorFigures.Report report(Map<String, SourceResult> byRegion, List<String> regions, int from, int to,
            int threshold) {
        List<SourceResult> statuses = new ArrayList<>();
        boolean available = true;
        for (Map.Entry<String, SourceResult> entry : byRegion.entrySet()) {
            SourceResult r = entry.getValue();
            statuses.add(new SourceResult(SOURCE + " (" + entry.getKey() + ")", r.available(), r.asOf(), r.detail(),
                    List.of(), List.of(), Map.of()));
            available &= r.available();
        }
        String counts = "Unieke signalen (zonder samengevoegde dubbele meldingen) per regio, jaar van ontvangst en vorm;"
                + " een signaal met twee vormen telt bij beide. Publieke drempel " + threshold + ".";
        List<FigureTable.Label> forms = new ArrayList<>();
        Arrays.stream(ExploitationForm.values()).forEach(f -> forms.add(labels.label(f.getValue())));
        forms.add(labels.label(Dimension.TOTAL));
        List<FigureTable.Label> rows = new ArrayList<>();
        regions.forEach(r -> rows.add(new FigureTable.Label(r, r)));
        rows.add(new FigureTable.Label(NATIONAL, "Nederland (alle regio's van dit platform)"));
        List<FigureTable> tables = new ArrayList<>();
        SuppressedCube cube = null;
        if (available) {
            Cube national = cube(byRegion, regions);
            Map<String, SuppressedCube> own = regionsOwn(byRegion, threshold);
            // a region's own readers also see the region's own publication: what it hides stays hidden here
            cube = DisclosureControl.suppress(national, threshold, cell -> {
                List<String> at = national.coordinates(cell);
                SuppressedCube regional = own.get(at.get(1));
                return regional != null && regional.cell(at).status().hidden();
            });
        }
        for (int year = to; year >= from; year--) {
            String id = "national-signals-unique-by-region-form-" + year;
            String title = "Unieke signalen per regio en vorm, " + year;
            if (cube == null) {
                tables.add(new FigureTable(id, title, counts, SOURCE, false, "Regio", "Vorm", List.of(), List.of(),
                        List.of(), false));
                continue;
            }
            List<List<nl.mensenhandel.monitor.figures.TableCell>> cells = new ArrayList<>();
            for (FigureTable.Label row : rows) {
                List<nl.mensenhandel.monitor.figures.TableCell> line = new ArrayList<>();
                for (FigureTable.Label form : forms) {
                    PublishedCell cell = cube.cell(List.of(Integer.toString(year), row.key(), form.key()));
                    line.add(nl.mensenhandel.monitor.figures.TableCell.of(cell));
                }
                cells.add(line);
            }
            tables.add(new FigureTable(id, title, counts, SOURCE, true, "Regio", "Vorm", rows, forms, cells, true));
        }
        return new MonitorFigures.Report(NATIONAL, Audience.PUBLIEK, threshold, clock.instant(),
                new GatheredStatistics(NATIONAL, statuses), tables);
    }

    /**
     * Each region's own publication of unique signals at the lower of its two thresholds (the one the region's
     * publications build on): its region-level cells hidden there are hidden nationally too.
     */
    private Map<String, SuppressedCube> regionsOwn(Map<String, SourceResult> byRegion, int publicThreshold) {
        Map<String, SuppressedCube> own = new LinkedHashMap<>();
        MeasureShape shape = MeasureShape.of(MEASURE);
        byRegion.forEach((region, result) -> {
            List<StatisticsCount> counts = result.cells().stream().filter(c -> c.measure().equals(MEASURE)).toList();
            int lower = Math.min(publicThreshold, thresholds.ownThreshold(region));
            own.put(region, publications.publish(shape, counts, areas.of(region), lower));
        });
        return own;
    }

    /** years (leaves) × regions (leaves; NL = all) × forms (leaves; TOTAAL = all). */
    static Cube cube(Map<String, SourceResult> byRegion, List<String> regions) {
        TreeSet<String> years = new TreeSet<>();
        byRegion.values().forEach(r -> r.cells().stream().filter(c -> c.measure().equals(MEASURE))
                .map(c -> c.dimensions().get("year")).filter(y -> y != null && y.matches("\\d{4}")).forEach(years::add));
        List<String> forms = Arrays.stream(ExploitationForm.values()).map(ExploitationForm::getValue).toList();
        Cube cube = new Cube(MEASURE, List.of(new Dimension("period", new ArrayList<>(years), Map.of()),
                new Dimension("area", regions, Map.of(NATIONAL, regions)), Dimension.withTotal("form", forms)));
        byRegion.forEach((region, result) -> {
            for (StatisticsCount count : result.cells()) {
                String year = count.dimensions().get("year");
                String form = count.dimensions().getOrDefault("form", "ONBEKEND");
                if (count.measure().equals(MEASURE) && years.contains(year) && count.count() > 0) {
                    cube.add(List.of(year, region, forms.contains(form) ? form : "ONBEKEND"), count.count());
                }
            }
        });
        return cube;
    }

}
