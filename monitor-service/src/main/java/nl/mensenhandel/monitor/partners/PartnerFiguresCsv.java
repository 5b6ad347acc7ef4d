package nl.mensenhandel.monitor.partners;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.mensenhandel.monitor.api.model.ExploitationForm;
import nl.mensenhandel.monitor.api.model.PartnerFigureKind;
import nl.mensenhandel.monitor.api.model.PartnerSource;

/**
 * Reads a partner-figures CSV ({@code importPartnerFigures} in {@code api-specs/monitor-service.yaml}) and checks
 * every line before anything is stored: the answer is either all lines valid or every bad line named
 * ({@link LineError}: line, column, message). The rules, each named in its message:
 * <ul>
 * <li>{@value #HEADER_REQUIRED}: the first non-empty line is the header naming the columns
 * {@code year;source;area;form;measure;value;kind;definition} (any order; {@code ;} or {@code ,} as separator,
 * the header decides; fields may be double-quoted with {@code ""} for a quote);</li>
 * <li>{@code year} 2000-2100; {@code source} a PartnerSource; {@code area} an area of the caller's region's monitor
 * ({@value #AREA_OF_REGION}); {@code form} an ExploitationForm or {@code ALLE}; {@code measure} an upper-case
 * code; {@code kind} WAARNEMING or SCHATTING; {@code definition} what the partner counts (required: each figure
 * says what it counts, DOMAIN.md §4);</li>
 * <li>{@value #UNKNOWN_IS_NOT_ZERO}: an empty value or {@code onbekend} is stored as unknown, never as 0
 * (DOMAIN.md §9; the Rotterdam plan's CoMensha table: "2022 Nog niet bekend");</li>
 * <li>{@value #RANGE_ONLY_FOR_ESTIMATE}: a range {@code 500-600} only with kind SCHATTING — estimates are kept apart
 * from observed counts (the Rotterdam plan: "uitgaan van ongeveer 500 — 600 slachtoffers"); a count is never
 * negative;</li>
 * <li>{@value #ONE_FIGURE_PER_CELL}: a year, source, area, form and measure appear once in a file.</li>
 * </ul>
 */
public final class PartnerFiguresCsv {

    public static final String HEADER_REQUIRED = "header-required";
    public static final String AREA_OF_REGION = "area-of-region";
    public static final String UNKNOWN_IS_NOT_ZERO = "unknown-is-not-zero";
    public static final String RANGE_ONLY_FOR_ESTIMATE = "range-only-for-estimate";
    public static final String ONE_FIGURE_PER_CELL = "one-figure-per-cell";

    static final List<String> COLUMNS = List.of("year", "source", "area", "form", "measure", "value", "kind",
            "definition");
    static final String ALL_FORMS = "ALLE";
    /** At most this many errors are listed; the last says how many more there were. */
    static final int MAX_ERRORS = 200;
    private static final Pattern COUNT = Pattern.compile("^[0-9]{1,12}$");
    private static final Pattern RANGE = Pattern.compile("^([0-9]{1,12})\\s*[-\u2013\u2014]\\s*([0-9]{1,12})$");
    private static final Pattern NEGATIVE = Pattern.compile("^-\\s*[0-9]+$");
    private static final Pattern MEASURE = Pattern.compile("^[A-Z][A-Z0-9_]{0,63}$");
    private static final int MAX_DEFINITION = 500;

    /** The valid lines, or the errors (then nothing may be stored). */
    public record Parsed(List<PartnerFigureLine> lines, List<LineError> errors) {

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    private PartnerFiguresCsv() {
    }

    /**
     * @param csv        the whole file
     * @param regionArea whether an area id is an area of the caller's region's monitor
     */
    public static Parsed parse(String csv, Predicate<String> regionArea) {
        List<LineError> errors = new ArrayList<>();
        List<PartnerFigureLine> lines = new ArrayList<>();
        String text = csv == null ? "" : csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        String[] physical = text.split("\r\n|\n|\r", -1);
        int headerIndex = 0;
        while (headerIndex < physical.length && physical[headerIndex].isBlank()) {
            headerIndex++;
        }
        if (headerIndex == physical.length) {
            return new Parsed(List.of(), List.of(new LineError(1, null,
                    "the file is empty: a header line " + String.join(";", COLUMNS) + " is required (rule "
                            + HEADER_REQUIRED + ")")));
        }
        String headerLine = physical[headerIndex];
        char separator = headerLine.indexOf(';') >= 0 ? ';' : ',';
        Map<String, Integer> index = header(headerIndex + 1, split(headerLine, separator), errors);
        if (!errors.isEmpty()) {
            return new Parsed(List.of(), List.copyOf(errors));
        }
        Set<String> cells = new HashSet<>();
        for (int i = headerIndex + 1; i < physical.length; i++) {
            if (physical[i].isBlank()) {
                continue;
            }
            PartnerFigureLine line = line(i + 1, split(physical[i], separator), index, regionArea, errors);
            if (line != null) {
                String cell = line.year() + "|" + line.source() + "|" + line.area() + "|" + line.form() + "|"
                        + line.measure();
                if (cells.add(cell)) {
                    lines.add(line);
                } else {
                    errors.add(new LineError(line.line(), null, "the same year, source, area, form and measure"
                            + " appear on an earlier line (rule " + ONE_FIGURE_PER_CELL + ")"));
                }
            }
        }
        if (lines.isEmpty() && errors.isEmpty()) {
            errors.add(new LineError(headerIndex + 1, null, "the file holds a header but no figures"));
        }
        return new Parsed(errors.isEmpty() ? List.copyOf(lines) : List.of(), capped(errors));
    }

    private static List<LineError> capped(List<LineError> errors) {
        if (errors.size() <= MAX_ERRORS) {
            return List.copyOf(errors);
        }
        List<LineError> shown = new ArrayList<>(errors.subList(0, MAX_ERRORS));
        LineError next = errors.get(MAX_ERRORS);
        shown.add(new LineError(next.line(), null, (errors.size() - MAX_ERRORS) + " more errors from this line on"));
        return List.copyOf(shown);
    }

    private static Map<String, Integer> header(int lineNumber, List<String> names, List<LineError> errors) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).trim().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name)) {
                errors.add(new LineError(lineNumber, name, "not a column of partner figures; the header line must"
                        + " name " + String.join(";", COLUMNS) + " (rule " + HEADER_REQUIRED + ")"));
            } else if (index.put(name, i) != null) {
                errors.add(new LineError(lineNumber, name, "column named twice (rule " + HEADER_REQUIRED + ")"));
            }
        }
        for (String column : COLUMNS) {
            if (!index.containsKey(column) && errors.stream().noneMatch(e -> column.equals(e.column()))) {
                errors.add(new LineError(lineNumber, column, "column missing from the header line (rule "
                        + HEADER_REQUIRED + ")"));
            }
        }
        return index;
    }

    private static PartnerFigureLine line(int n, List<String> fields, Map<String, Integer> index,
            Predicate<String> regionArea, List<LineError> errors) {
        if (fields.size() != index.size()) {
            errors.add(new LineError(n, null, "expected " + index.size() + " fields, found " + fields.size()));
            return null;
        }
        int before = errors.size();
        Integer year = year(n, field(fields, index, "year"), errors);
        PartnerSource source = source(n, field(fields, index, "source"), errors);
        String area = field(fields, index, "area");
        if (area.isEmpty() || !regionArea.test(area)) {
            errors.add(new LineError(n, "area", (area.isEmpty() ? "required" : "'" + area + "' is not an area of"
                    + " your region's monitor (see listAreas)") + " (rule " + AREA_OF_REGION + ")"));
        }
        String form = form(n, field(fields, index, "form"), errors);
        String measure = field(fields, index, "measure");
        if (!MEASURE.matcher(measure).matches()) {
            errors.add(new LineError(n, "measure", "must be an upper-case code such as SLACHTOFFERS or SIGNALEN"));
        }
        PartnerFigureKind kind = kind(n, field(fields, index, "kind"), errors);
        FigureValue value = value(n, field(fields, index, "value"), kind, errors);
        String definition = field(fields, index, "definition");
        if (definition.isEmpty()) {
            errors.add(new LineError(n, "definition", "required: say what the partner counts (e.g. \"de politie"
                    + " registreert geen ruwe signalen\")"));
        } else if (definition.length() > MAX_DEFINITION) {
            errors.add(new LineError(n, "definition", "at most " + MAX_DEFINITION + " characters"));
        }
        if (errors.size() > before) {
            return null;
        }
        return new PartnerFigureLine(n, year, source, area, form, measure, kind, value, definition);
    }

    private static String field(List<String> fields, Map<String, Integer> index, String column) {
        return fields.get(index.get(column)).trim();
    }

    private static Integer year(int n, String raw, List<LineError> errors) {
        if (raw.matches("^[0-9]{4}$")) {
            int year = Integer.parseInt(raw);
            if (year >= 2000 && year <= 2100) {
                return year;
            }
        }
        errors.add(new LineError(n, "year", "'" + raw + "' is not a year from 2000 to 2100"));
        return null;
    }

    private static PartnerSource source(int n, String raw, List<LineError> errors) {
        for (PartnerSource source : PartnerSource.values()) {
            if (source.getValue().equalsIgnoreCase(raw)) {
                return source;
            }
        }
        errors.add(new LineError(n, "source", "'" + raw + "' is not one of " + List.of(PartnerSource.values())));
        return null;
    }

    private static String form(int n, String raw, List<LineError> errors) {
        if (ALL_FORMS.equalsIgnoreCase(raw)) {
            return ALL_FORMS;
        }
        for (ExploitationForm form : ExploitationForm.values()) {
            if (form.getValue().equalsIgnoreCase(raw)) {
                return form.getValue();
            }
        }
        errors.add(new LineError(n, "form", "'" + raw + "' is not an exploitation form (" 
                + List.of(ExploitationForm.values()) + ") or " + ALL_FORMS));
        return null;
    }

    private static PartnerFigureKind kind(int n, String raw, List<LineError> errors) {
        for (PartnerFigureKind kind : PartnerFigureKind.values()) {
            if (kind.getValue().equalsIgnoreCase(raw)) {
                return kind;
            }
        }
        errors.add(new LineError(n, "kind", "'" + raw + "' is not WAARNEMING (observed count) or SCHATTING"
                + " (estimate)"));
        return null;
    }

    private static FigureValue value(int n, String raw, PartnerFigureKind kind, List<LineError> errors) {
        if (raw.isEmpty() || raw.equalsIgnoreCase("onbekend")) {
            return FigureValue.UNKNOWN;
        }
        if (COUNT.matcher(raw).matches()) {
            return FigureValue.count(Long.parseLong(raw));
        }
        if (NEGATIVE.matcher(raw).matches()) {
            errors.add(new LineError(n, "value", "a count cannot be negative"));
            return null;
        }
        Matcher range = RANGE.matcher(raw);
        if (range.matches()) {
            long low = Long.parseLong(range.group(1));
            long high = Long.parseLong(range.group(2));
            if (kind != PartnerFigureKind.SCHATTING) {
                errors.add(new LineError(n, "value", "a range is an estimate: only with kind SCHATTING (rule "
                        + RANGE_ONLY_FOR_ESTIMATE + ")"));
                return null;
            }
            if (low > high) {
                errors.add(new LineError(n, "value", "the range's low end is above its high end"));
                return null;
            }
            return FigureValue.range(low, high);
        }
        errors.add(new LineError(n, "value", "'" + raw + "' is not a count, a range such as 500-600 (SCHATTING"
                + " only), or empty/onbekend for unknown (rule " + UNKNOWN_IS_NOT_ZERO + ": unknown is never 0)"));
        return null;
    }

    /** Splits one line on the separator; a field in double quotes may hold the separator and "" for a quote. */
    static List<String> split(String line, char separator) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
