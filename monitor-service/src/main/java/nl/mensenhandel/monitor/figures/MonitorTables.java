package nl.mensenhandel.monitor.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.mensenhandel.monitor.api.model.AreaKind;
import nl.mensenhandel.monitor.disclosure.Dimension;
import nl.mensenhandel.monitor.disclosure.SuppressedCube;
import nl.mensenhandel.monitor.sources.MedianDuration;

/**
 * Cuts the report's tables from a {@link RegionalPublication}. Each cell is a cell of the publication (never a new
 * sum), so every table shows exactly what the publication shows. What each table counts comes from its source's
 * definitions (the services' own words), with a fallback naming the contract's definition.
 */
@Component
public class MonitorTables {

    private static final String FORM = "form";

    /** An axis of a table: the cube dimension it runs along and its values in order. */
    record Axis(String dimension, String label, List<FigureTable.Label> values) {
    }

    private final Labels labels;

    public MonitorTables(Labels labels) {
        this.labels = labels;
    }

    public List<FigureTable> tables(RegionalPublication publication, FigureFilters filters) {
        List<FigureTable> tables = new ArrayList<>();
        String area = filters.area().id();
        String period = Integer.toString(filters.toYear()) + (filters.quarter() == null ? "" : " K" + filters.quarter());
        String where = filters.area().name();
        Axis municipalities = municipalityAxis(publication, filters);
        Axis trend = periodAxis(filters, true);
        Axis years = periodAxis(filters, false);
        // the last row and column are totals only when every form is a column (a form filter leaves one column)
        boolean allForms = filters.form() == null;
        // measures counted per year only: a quarter filter cannot apply, and the title says so
        String wholeYears = filters.quarter() == null ? "" : " (hele jaren: geen kwartaalcijfers)";

        tables.add(table(publication, "signals-raw-by-municipality-form", "Signalen (ruw) per gemeente en vorm, " + period,
                "SIGNALS_RAW", "Elk ontvangen signaal, dubbele meldingen meegeteld; een signaal met twee vormen telt bij beide.",
                municipalities, formAxis(publication, "SIGNALS_RAW", filters), Map.of(PublicationBuilder.PERIOD,
                        filters.period(filters.toYear(), true)), municipalities.values().size() > 1 && allForms));
        tables.add(table(publication, "signals-unique-by-municipality-form",
                "Signalen (uniek) per gemeente en vorm, " + period, "SIGNALS_UNIQUE",
                "Signalen zonder de signalen die als dezelfde situatie zijn samengevoegd.", municipalities,
                formAxis(publication, "SIGNALS_UNIQUE", filters), Map.of(PublicationBuilder.PERIOD,
                        filters.period(filters.toYear(), true)), municipalities.values().size() > 1 && allForms));
        // by source for the region only (the publication holds no source per municipality)
        tables.add(table(publication, "signals-by-source-form", "Signalen (ruw) per bron en vorm, regio, " + period,
                "SIGNALS_RAW", "Elk ontvangen signaal naar de soort melder.",
                categoryAxis(publication, "SIGNALS_RAW", "source", "Bron"), formAxis(publication, "SIGNALS_RAW", filters),
                Map.of(PublicationBuilder.PERIOD, filters.period(filters.toYear(), true), PublicationBuilder.AREA,
                        publication.region()), allForms));
        tables.add(table(publication, "signals-unique-trend", "Signalen (uniek) per jaar en vorm, " + where,
                "SIGNALS_UNIQUE", "Signalen zonder samengevoegde dubbele meldingen, per jaar van ontvangst.", trend,
                formAxis(publication, "SIGNALS_UNIQUE", filters), Map.of(PublicationBuilder.AREA, area), false));
        tables.add(table(publication, "repeat-victimisation", "Herhaald slachtofferschap per jaar en vorm, " + where,
                "REPEAT_VICTIMISATION",
                "Signalen over een persoon die al eerder onderwerp van een signaal was (apart geteld).", trend,
                formAxis(publication, "REPEAT_VICTIMISATION", filters), Map.of(PublicationBuilder.AREA, area), false));
        for (String[] profile : new String[][] { { "ageGroup", "leeftijdsgroep", "Leeftijdsgroep" },
                { "gender", "geslacht", "Geslacht" }, { "nationalityGroup", "nationaliteit", "Nationaliteitsgroep" } }) {
            tables.add(table(publication, "possible-victims-by-" + profile[1] + "-form",
                    "Mogelijke slachtoffers per " + profile[1] + " en vorm, regio, " + filters.toYear() + wholeYears,
                    "POSSIBLE_VICTIMS", "Personen met de rol mogelijk slachtoffer in unieke signalen (nooit een persoon zelf).",
                    categoryAxis(publication, "POSSIBLE_VICTIMS", profile[0], profile[2]),
                    formAxis(publication, "POSSIBLE_VICTIMS", filters),
                    Map.of(PublicationBuilder.PERIOD, Integer.toString(filters.toYear())), allForms));
        }
        tables.add(table(publication, "cases-by-result", "Casussen per besluit, " + where, "CASES",
                "Casussen naar het jaar van openen en de uitkomst van het laatste besluit (nog geen besluit apart).",
                categoryAxis(publication, "CASES", "result", "Besluit"), trend, Map.of(PublicationBuilder.AREA, area),
                false));
        tables.add(table(publication, "tracks-by-type", "Sporen per soort, regio" + wholeYears, "TRACKS",
                "Geopende sporen naar soort en jaar van openen.", categoryAxis(publication, "TRACKS", "trackType", "Spoor"),
                years, Map.of(), false));
        tables.add(table(publication, "trajectories-by-status", "Zorgtrajecten per status, " + where + wholeYears, "TRAJECTORIES",
                "Zorgtrajecten naar jaar van openen en status.",
                categoryAxis(publication, "TRAJECTORIES", "status", "Status"), years,
                Map.of(PublicationBuilder.AREA, area), false));
        tables.add(table(publication, "placements-by-type", "Plaatsingen per soort, regio" + wholeYears, "PLACEMENTS",
                "Plaatsingen naar jaar van aanvraag en soort plaatsing.",
                categoryAxis(publication, "PLACEMENTS", "placementType", "Soort plaatsing"), years, Map.of(), false));
        tables.add(table(publication, "inspections-by-type", "Controles per soort, " + where, "INSPECTIONS",
                "Uitgevoerde integrale controles naar soort.",
                categoryAxis(publication, "INSPECTIONS", "inspectionType", "Soort controle"), trend,
                Map.of(PublicationBuilder.AREA, area), false));
        tables.add(table(publication, "measures-by-instrument", "Bestuurlijke maatregelen per instrument, regio" + wholeYears,
                "MEASURES", "Bestuurlijke maatregelen naar jaar van start en instrument.",
                categoryAxis(publication, "MEASURES", "instrument", "Instrument"), years, Map.of(), false));
        tables.add(median(publication, filters, "median-signal-to-first-decision", MeasureShape.SIGNALS,
                "SIGNAL_TO_FIRST_DECISION", "Mediaan dagen van signaal tot eerste besluit, regio",
                "Mediaan in dagen van ontvangst van het signaal tot de eerste uitkomst van een casus erover."));
        tables.add(median(publication, filters, "median-case-to-first-decision", MeasureShape.TRIAGE,
                "CASE_TO_FIRST_DECISION", "Mediaan dagen van casus tot eerste besluit, regio",
                "Mediaan in dagen van het openen van de casus tot het eerste besluit."));
        tables.add(median(publication, filters, "median-request-to-placement", MeasureShape.CARE,
                "REQUEST_TO_PLACEMENT", "Mediaan dagen van zorgvraag tot plaatsing, regio",
                "Mediaan in dagen van de zorgvraag tot de eerste intake (GEPLAATST) van het traject."));
        return tables;
    }

    private FigureTable table(RegionalPublication publication, String id, String title, String measure,
            String fallbackCounts, Axis rows, Axis columns, Map<String, String> fixed, boolean totals) {
        MeasureShape shape = MeasureShape.of(measure);
        String counts = publication.definition(shape.source(), measure, fallbackCounts);
        Optional<SuppressedCube> found = publication.cube(measure);
        if (found.isEmpty()) {
            return FigureTable.unavailable(id, title, counts, shape.source(), rows.label(), columns.label());
        }
        SuppressedCube cube = found.get();
        List<Dimension> dimensions = cube.cube().dimensions();
        List<List<TableCell>> cells = new ArrayList<>();
        for (FigureTable.Label row : rows.values()) {
            List<TableCell> line = new ArrayList<>();
            for (FigureTable.Label column : columns.values()) {
                List<String> coordinates = new ArrayList<>();
                for (Dimension dimension : dimensions) {
                    String name = dimension.name();
                    coordinates.add(name.equals(rows.dimension()) ? row.key()
                            : name.equals(columns.dimension()) ? column.key()
                                    : fixed.getOrDefault(name, Dimension.TOTAL));
                }
                line.add(TableCell.of(cube.cell(coordinates)));
            }
            cells.add(line);
        }
        return new FigureTable(id, title, counts, shape.source(), true, rows.label(), columns.label(), rows.values(),
                columns.values(), cells, totals);
    }

    private FigureTable median(RegionalPublication publication, FigureFilters filters, String id, String source,
            String measure, String title, String fallbackCounts) {
        String counts = publication.definition(source, measure, fallbackCounts);
        Axis years = periodAxis(filters, false);
        if (!publication.available(source)) {
            return FigureTable.unavailable(id, title, counts, source, "Doorlooptijd", "Jaar");
        }
        List<TableCell> line = new ArrayList<>();
        for (FigureTable.Label year : years.values()) {
            Optional<MedianDuration> median = publication.durations().stream()
                    .filter(d -> d.measure().equals(measure) && year.key().equals(d.dimensions().get("year")))
                    .findFirst();
            line.add(median.map(d -> TableCell.median(d.medianDays(), d.count(), publication.threshold()))
                    .orElseGet(() -> TableCell.median(null, 0, publication.threshold())));
        }
        return new FigureTable(id, title, counts + " Getoond vanaf " + publication.threshold()
                + " waarnemingen.", source, true, "Doorlooptijd", "Jaar",
                List.of(new FigureTable.Label(measure, title)), years.values(), List.of(line), false);
    }

    private Axis municipalityAxis(RegionalPublication publication, FigureFilters filters) {
        List<FigureTable.Label> values = new ArrayList<>();
        if (filters.area().kind() == AreaKind.GEMEENTE) {
            values.add(labels.label(filters.area().id()));
        } else {
            List<String> leaves = publication.cube("SIGNALS_RAW").or(() -> publication.cube("SIGNALS_UNIQUE"))
                    .map(c -> c.cube().dimensions().get(1).leaves()).orElse(List.of());
            List<String> covered = filters.area().kind() == AreaKind.REGIO ? leaves
                    : filters.area().municipalityCodes();
            covered.forEach(code -> values.add(labels.label(code)));
            values.add(new FigureTable.Label(filters.area().id(), "Totaal " + filters.area().name()));
        }
        return new Axis(PublicationBuilder.AREA, "Gemeente", values);
    }

    private Axis formAxis(RegionalPublication publication, String measure, FigureFilters filters) {
        if (filters.form() != null) {
            return new Axis(FORM, "Vorm", List.of(labels.label(filters.form().getValue())));
        }
        return categoryAxis(publication, measure, FORM, "Vorm");
    }

    private Axis categoryAxis(RegionalPublication publication, String measure, String dimension, String label) {
        List<FigureTable.Label> values = new ArrayList<>();
        publication.cube(measure).flatMap(c -> c.cube().dimensions().stream()
                .filter(d -> d.name().equals(dimension)).findFirst())
                .ifPresent(d -> d.values().forEach(v -> values.add(labels.label(v))));
        return new Axis(dimension, label, values);
    }

    private Axis periodAxis(FigureFilters filters, boolean quarters) {
        List<FigureTable.Label> values = new ArrayList<>();
        for (int year = filters.fromYear(); year <= filters.toYear(); year++) {
            values.add(labels.label(filters.period(year, quarters)));
        }
        return new Axis(PublicationBuilder.PERIOD, quarters && filters.quarter() != null ? "Kwartaal" : "Jaar", values);
    }
}
