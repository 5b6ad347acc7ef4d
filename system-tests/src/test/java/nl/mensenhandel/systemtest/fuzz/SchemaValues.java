package nl.mensenhandel.systemtest.fuzz;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.models.media.Schema;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Values that satisfy a contract schema, as jqwik arbitraries: {@link #valid} anywhere inside the limits,
 * {@link #boundary} on them (longest string, most items, smallest and largest number). Strings mix ASCII,
 * Dutch diacritics and other scripts.
 */
final class SchemaValues {

    /** Property names whose uuid must name a real resource to get past "not found". */
    private static final List<String> SIGNAL_ID_NAMES = List.of("signalId", "otherSignalId");

    private final Pools pools;

    SchemaValues(Pools pools) {
        this.pools = pools;
    }

    Arbitrary<Object> valid(Schema<?> schema, String name, boolean inBody) {
        return value(schema, name, inBody, false);
    }

    Arbitrary<Object> boundary(Schema<?> schema, String name, boolean inBody) {
        return value(schema, name, inBody, true);
    }

    private Arbitrary<Object> value(Schema<?> schema, String name, boolean inBody, boolean edge) {
        if (schema == null) {
            return Arbitraries.just("x");
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return Arbitraries.of(schema.getEnum().stream().map(v -> (Object) String.valueOf(v)).toList());
        }
        String type = schema.getType() != null ? schema.getType()
                : schema.getProperties() != null ? "object" : "string";
        return switch (type) {
            case "object" -> object(schema, inBody, edge);
            case "array" -> array(schema, name, inBody, edge);
            case "integer", "number" -> integer(schema, edge);
            case "boolean" -> Arbitraries.of(true, false).asGeneric();
            default -> string(schema, name, inBody, edge);
        };
    }

    private Arbitrary<Object> object(Schema<?> schema, boolean inBody, boolean edge) {
        Map<String, Schema> properties = schema.getProperties() == null ? Map.of() : schema.getProperties();
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        List<Arbitrary<Optional<Map.Entry<String, Object>>>> fields = new ArrayList<>();
        properties.forEach((property, propertySchema) -> {
            Arbitrary<Map.Entry<String, Object>> field = value(propertySchema, property, inBody, edge)
                    .map(v -> Map.entry(property, v));
            fields.add(required.contains(property) ? field.map(Optional::of) : field.optional(edge ? 0.8 : 0.5));
        });
        if (fields.isEmpty()) {
            return Arbitraries.just(new LinkedHashMap<String, Object>()).asGeneric();
        }
        return Combinators.combine(fields).as(entries -> {
            Map<String, Object> object = new LinkedHashMap<>();
            entries.forEach(entry -> entry.ifPresent(e -> object.put(e.getKey(), e.getValue())));
            return (Object) object;
        });
    }

    private Arbitrary<Object> array(Schema<?> schema, String name, boolean inBody, boolean edge) {
        Schema<?> items = schema.getItems();
        int min = schema.getMinItems() != null ? schema.getMinItems() : 0;
        int max = schema.getMaxItems() != null ? schema.getMaxItems() : 5;
        boolean unique = Boolean.TRUE.equals(schema.getUniqueItems());
        if (unique && items != null && items.getEnum() != null) {
            max = Math.min(max, items.getEnum().size());
        }
        int upper = edge ? max : Math.min(max, Math.max(min, 3));
        int lower = edge ? max : min;
        // duplicates are dropped rather than avoided: a pool of values may be smaller than maxItems
        return value(items, name, inBody, false).list().ofMinSize(lower).ofMaxSize(upper)
                .map(l -> (Object) new ArrayList<>(unique ? new java.util.LinkedHashSet<>(l) : l));
    }

    private Arbitrary<Object> integer(Schema<?> schema, boolean edge) {
        long min = schema.getMinimum() != null ? schema.getMinimum().longValue() : 0;
        long max = schema.getMaximum() != null ? schema.getMaximum().longValue() : 1000;
        if (edge) {
            return Arbitraries.of(min, max).map(v -> (Object) v);
        }
        return Arbitraries.longs().between(min, max).map(v -> (Object) v);
    }

    private Arbitrary<Object> string(Schema<?> schema, String name, boolean inBody, boolean edge) {
        if ("uuid".equals(schema.getFormat())) {
            Arbitrary<String> random = Arbitraries.randomValue(r -> new UUID(r.nextLong(), r.nextLong()).toString());
            if (SIGNAL_ID_NAMES.contains(name) && !pools.signalIds().isEmpty()) {
                return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, Arbitraries.of(pools.signalIds())),
                        net.jqwik.api.Tuple.of(1, random)).asGeneric();
            }
            if ("linkId".equals(name) && !pools.linkIds().isEmpty()) {
                return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, Arbitraries.of(pools.linkIds())),
                        net.jqwik.api.Tuple.of(1, random)).asGeneric();
            }
            return random.asGeneric();
        }
        if ("date-time".equals(schema.getFormat())) {
            return dateTime(edge).asGeneric();
        }
        if (schema.getPattern() != null) {
            Arbitrary<String> known = KnownPatterns.arbitrary(schema.getPattern(), inBody);
            if (known != null) {
                return known.asGeneric();
            }
            if (schema.getExample() != null) {
                return Arbitraries.just((Object) String.valueOf(schema.getExample()));
            }
        }
        int min = schema.getMinLength() != null ? schema.getMinLength() : 0;
        int max = schema.getMaxLength() != null ? schema.getMaxLength() : 80;
        if (edge) {
            return Arbitraries.of(Math.max(min, 1), max).flatMap(n -> text(n, n)).asGeneric();
        }
        return text(Math.max(min, 1), Math.min(max, Math.max(min, 60))).asGeneric();
    }

    /** Mixed-script text of a length in UTF-16 units, as Bean Validation counts it. */
    static Arbitrary<String> text(int min, int max) {
        if (min > 200) {
            // long texts: a generated phrase repeated to the length (generating thousands of chars one by one is slow)
            return text(20, 60).map(phrase -> phrase.repeat(min / phrase.length() + 1).substring(0, min)
                    + "x".repeat(max - min));
        }
        Arbitrary<String> ascii = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z')
                .withChars(" .,-'0123456789").ofMinLength(min).ofMaxLength(max);
        Arbitrary<String> dutch = Arbitraries.strings().withChars("aeiouéëïöüĳ ÉÈßçñ€“”‘’").withCharRange('a', 'z')
                .ofMinLength(min).ofMaxLength(max);
        Arbitrary<String> scripts = Arbitraries.strings().withCharRange('\u0400', '\u04ff')
                .withCharRange('\u0600', '\u06ff').withCharRange('\u4e00', '\u4e80').withChars(" ")
                .ofMinLength(min).ofMaxLength(max);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, ascii), net.jqwik.api.Tuple.of(3, dutch),
                net.jqwik.api.Tuple.of(2, scripts));
    }

    private static Arbitrary<String> dateTime(boolean edge) {
        Instant now = Instant.now();
        if (edge) {
            return Arbitraries.of(now.minusSeconds(120).toString(), "1900-01-01T00:00:00Z",
                    now.minus(Duration.ofDays(181)).atOffset(ZoneOffset.ofHours(2)).toString(),
                    "2000-02-29T23:59:59.999999999Z");
        }
        return Arbitraries.longs().between(60, 400L * 24 * 3600)
                .map(seconds -> now.minusSeconds(seconds).toString());
    }
}
