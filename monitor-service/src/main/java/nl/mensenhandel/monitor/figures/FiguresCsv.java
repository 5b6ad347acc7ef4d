package nl.mensenhandel.monitor.figures;

import java.util.List;

/**
 * The report as CSV ({@code exportMonitorFiguresCsv}): {@code ;}-separated, UTF-8, a header and a line per cell —
 * table id, row, column, the shown value ({@code <N}, {@code x} or the count; never a hidden value), status and
 * what the figure counts. An unavailable table gets one line with status {@code ONBEKEND} and display
 * {@code onbekend}. The same cells as the JSON report: the same disclosure control.
 */
public final class FiguresCsv {

    static final String HEADER = "table;row;column;display;status;counts";

    private FiguresCsv() {
    }

    public static String of(MonitorFigures.Report report) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (FigureTable table : report.tables()) {
            if (!table.available()) {
                line(csv, List.of(table.id(), "", "", "onbekend", "ONBEKEND", table.counts()));
                continue;
            }
            for (int r = 0; r < table.rows().size(); r++) {
                for (int c = 0; c < table.columns().size(); c++) {
                    TableCell cell = table.cells().get(r).get(c);
                    line(csv, List.of(table.id(), table.rows().get(r).label(), table.columns().get(c).label(),
                            cell.display(), cell.status().getValue(), table.counts()));
                }
            }
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(';');
            }
            csv.append(quote(fields.get(i)));
        }
        csv.append("\r\n");
    }

    /** RFC 4180 quoting; a leading formula character is neutralised (CSV injection in spreadsheets). */
    static String quote(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+(\\.\\d+)?")) {
            v = "'" + v;
        }
        if (v.contains(";") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
