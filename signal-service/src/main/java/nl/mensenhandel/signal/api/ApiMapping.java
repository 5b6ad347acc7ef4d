package nl.mensenhandel.signal.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Small conversions between the generated contract models and the domain, shared by the controllers. */
public final class ApiMapping {

    private ApiMapping() {
    }

    /** Converts between a contract enum and a domain enum with the same constant names. */
    public static <E extends Enum<E>> E convert(Enum<?> value, Class<E> type) {
        return value == null ? null : Enum.valueOf(type, value.name());
    }

    public static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    public static UUID uuid(String id) {
        return id == null ? null : UUID.fromString(id);
    }

    public static <T> List<T> list(Collection<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
