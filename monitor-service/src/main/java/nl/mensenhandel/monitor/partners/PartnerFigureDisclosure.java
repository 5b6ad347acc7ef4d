package nl.mensenhandel.monitor.partners;

import nl.mensenhandel.monitor.api.model.CellStatus;

/**
 * What a reader sees of one partner figure at a threshold (issue 11 capability 5; contract {@code CellStatus}):
 * <ul>
 * <li>unknown → {@code onbekend}, status ONBEKEND, no value (never 0);</li>
 * <li>an observed count from 1 to threshold - 1 → {@code <threshold}, status ONDERDRUKT, no value (one signal in a
 * village identifies a person, DOMAIN.md §1); 0 and counts at or above the threshold are shown;</li>
 * <li>an estimate → its range (or number), status SCHATTING — kept apart from observed counts; an estimate whose
 * high end is under the threshold is suppressed as a count would be.</li>
 * </ul>
 * This is what one figure shows on its own; {@link PartnerFigureSuppression} then runs the disclosure engine over
 * the observed counts (primary suppression the same: {@code PrimarySuppression}) and protects them against
 * subtraction from the other figures of the same set.
 */
public final class PartnerFigureDisclosure {

    /** The shown figure: value/low/high only where shown. */
    public record Shown(Long value, Long low, Long high, CellStatus status, String display) {
    }

    private PartnerFigureDisclosure() {
    }

    public static Shown show(FigureValue figure, boolean estimate, int threshold) {
        if (figure.unknown()) {
            return new Shown(null, null, null, CellStatus.ONBEKEND, "onbekend");
        }
        long high = figure.isRange() ? figure.high() : figure.value();
        if (high >= 1 && high < threshold) {
            return new Shown(null, null, null, CellStatus.ONDERDRUKT, "<" + threshold);
        }
        if (estimate) {
            return figure.isRange()
                    ? new Shown(null, figure.low(), figure.high(), CellStatus.SCHATTING,
                            figure.low() + "\u2013" + figure.high())
                    : new Shown(figure.value(), figure.value(), figure.value(), CellStatus.SCHATTING,
                            "\u00b1" + figure.value());
        }
        return new Shown(figure.value(), null, null, CellStatus.GETOOND, String.valueOf(figure.value()));
    }
}
