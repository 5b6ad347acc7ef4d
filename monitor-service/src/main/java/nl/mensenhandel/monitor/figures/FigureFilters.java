package nl.mensenhandel.monitor.figures;

import nl.mensenhandel.monitor.api.model.ExploitationForm;
import nl.mensenhandel.monitor.areas.MonitorArea;

/**
 * What a reader selects from the publication: the years {@code fromYear..toYear} (tables over time), one quarter of
 * each year or all, an area and a form (null = all forms). Tables by municipality, source or profile show one
 * period: {@code toYear} (its quarter when given) — a sum over several years is no cell of the publication.
 */
public record FigureFilters(int fromYear, int toYear, Integer quarter, MonitorArea area, ExploitationForm form) {

    /** The period key of {@code year} for a measure counted per quarter (or not). */
    String period(int year, boolean quarters) {
        return PublicationBuilder.periodKey(year, quarters ? quarter : null);
    }
}
