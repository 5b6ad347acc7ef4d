package nl.mensenhandel.monitor.figures;

import java.util.List;

/** One table of the report (contract {@code FigureTable}); {@code available} false: its source did not answer. */
public record FigureTable(String id, String title, String counts, String source, boolean available,
        String rowLabel, String columnLabel, List<Label> rows, List<Label> columns, List<List<TableCell>> cells,
        boolean totals) {

    public record Label(String key, String label) {
    }

    static FigureTable unavailable(String id, String title, String counts, String source, String rowLabel,
            String columnLabel) {
        return new FigureTable(id, title, counts, source, false, rowLabel, columnLabel, List.of(), List.of(),
                List.of(), false);
    }
}
