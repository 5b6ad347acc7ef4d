package nl.mensenhandel.monitor.disclosure;

/**
 * Primary suppression: a count from 1 up to {@code threshold - 1} identifies people (DOMAIN.md §1 "small numbers";
 * issue 11 §5: "no cell under a threshold is shown (it reads "&lt;N")"). Zero is shown: it identifies nobody. With
 * threshold 1 nothing is suppressed (the region's own staff see what the region itself publishes, e.g. Heemstede's
 * tables with counts of 1).
 */
public final class PrimarySuppression {

    private PrimarySuppression() {
    }

    public static boolean applies(long count, int threshold) {
        return count > 0 && count < threshold;
    }
}
