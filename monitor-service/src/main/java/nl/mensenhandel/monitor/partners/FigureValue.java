package nl.mensenhandel.monitor.partners;

/**
 * A partner's figure: a count ({@code value}), a range ({@code low}-{@code high}, estimates only) or unknown (all
 * null). Unknown is never 0 (DOMAIN.md §9: "nog niet bekend").
 */
public record FigureValue(Long value, Long low, Long high) {

    public static final FigureValue UNKNOWN = new FigureValue(null, null, null);

    public static FigureValue count(long value) {
        return new FigureValue(value, null, null);
    }

    public static FigureValue range(long low, long high) {
        return new FigureValue(null, low, high);
    }

    public boolean unknown() {
        return value == null && low == null && high == null;
    }

    public boolean isRange() {
        return value == null && low != null;
    }
}
