package nl.mensenhandel.signal.contract;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import nl.mensenhandel.platform.problem.ApiProblem;

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

    /**
     * The moment of a date-time field or parameter. Rule: a contract {@code date-time} is an RFC 3339 date-time,
     * whose year has four digits; Java reads years up to ±999999999, which the store cannot hold (its dates are
     * milliseconds in a long), so such a value is refused as invalid, naming the field.
     */
    public static Instant instant(String field, OffsetDateTime time) {
        if (time != null && (time.getYear() < 0 || time.getYear() > 9999)) {
            throw ApiProblem.invalidField(field, "must be an RFC 3339 date-time (years 0000-9999)");
        }
        return time == null ? null : time.toInstant();
    }

    public static UUID uuid(String id) {
        return id == null ? null : UUID.fromString(id);
    }

    public static <T> List<T> list(Collection<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
