package nl.mensenhandel.monitor.partners;

import nl.mensenhandel.monitor.api.model.PartnerFigureKind;
import nl.mensenhandel.monitor.api.model.PartnerSource;

/** One valid line of a partner-figures CSV. {@code form} is an ExploitationForm or {@code ALLE}. */
public record PartnerFigureLine(int line, int year, PartnerSource source, String area, String form, String measure,
        PartnerFigureKind kind, FigureValue value, String definition) {
}
