package nl.mensenhandel.monitor.figures;

import java.util.Locale;

import nl.mensenhandel.monitor.api.model.CellStatus;
import nl.mensenhandel.monitor.disclosure.PublishedCell;

/** A table cell as the contract's {@code FigureCell}: a hidden cell has no value. */
public record TableCell(Double value, String display, CellStatus status) {

    public static TableCell of(PublishedCell cell) {
        return new TableCell(cell.value().isPresent() ? (double) cell.value().getAsLong() : null, cell.display(),
                CellStatus.fromValue(cell.status().name()));
    }

    /** A median of {@code count} observations: shown only from the threshold on; "geen" without observations. */
    public static TableCell median(Double medianDays, long count, int threshold) {
        if (medianDays == null || count == 0) {
            return new TableCell(null, "geen", CellStatus.GETOOND);
        }
        if (count < threshold) {
            return new TableCell(null, "n<" + threshold, CellStatus.ONDERDRUKT);
        }
        String display = medianDays == Math.rint(medianDays) ? Long.toString(medianDays.longValue())
                : String.format(Locale.ROOT, "%.1f", medianDays);
        return new TableCell(medianDays, display, CellStatus.GETOOND);
    }
}
