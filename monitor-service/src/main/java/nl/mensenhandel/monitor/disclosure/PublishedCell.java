package nl.mensenhandel.monitor.disclosure;

import java.util.OptionalLong;

/**
 * A cell as a reader may see it: a hidden cell carries no value at all. {@code display}: the count; {@code <N} for a
 * primary suppressed cell; {@code x} for a complementary one (which may well be N or more, so {@code <N} would be
 * untrue).
 */
public record PublishedCell(Onderdrukking status, OptionalLong value, String display) {

    public static final String COMPLEMENTARY_DISPLAY = "x";

    static PublishedCell shown(long count) {
        return new PublishedCell(Onderdrukking.GETOOND, OptionalLong.of(count), Long.toString(count));
    }

    static PublishedCell hidden(Onderdrukking status, int threshold) {
        return new PublishedCell(status, OptionalLong.empty(),
                status == Onderdrukking.ONDERDRUKT ? "<" + threshold : COMPLEMENTARY_DISPLAY);
    }
}
