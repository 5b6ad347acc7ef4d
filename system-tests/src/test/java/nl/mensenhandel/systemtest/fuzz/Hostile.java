package nl.mensenhandel.systemtest.fuzz;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import tools.jackson.databind.util.RawValue;

/**
 * What an attacker or a broken client puts where a well-formed value belongs: wrong types, huge and
 * unusual strings, MongoDB operator objects, bad enum constants and dates, deep nesting. A {@link RawValue}
 * is written into the JSON as it is (deep nesting, escaped lone surrogates).
 */
final class Hostile {

    static final String HUGE = "A".repeat(100_000);
    static final String HUGE_UNICODE = "ë𝕄".repeat(20_000);
    static final String DEEP_ARRAY = "[".repeat(5_000) + "]".repeat(5_000);
    static final String DEEP_OBJECT = "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000);

    private Hostile() {
    }

    static Map<String, Object> object(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    /** A value of the wrong kind for any field; each carries its label for the report. */
    static Arbitrary<Labeled> value() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(
                        new Labeled("type:number", 42), new Labeled("type:negative", -1),
                        new Labeled("type:float", 3.14), new Labeled("type:huge-number", new RawValue("1e400")),
                        new Labeled("type:bigint", new RawValue("123456789012345678901234567890")),
                        new Labeled("type:true", true), new Labeled("type:null", null),
                        new Labeled("type:empty-array", List.of()), new Labeled("type:array", List.of("x", 1)),
                        new Labeled("type:empty-object", Map.of()), new Labeled("type:object", object("a", 1)),
                        new Labeled("type:empty-string", ""))),
                Tuple.of(2, Arbitraries.of(
                        new Labeled("string:huge", HUGE), new Labeled("string:huge-unicode", HUGE_UNICODE),
                        new Labeled("string:whitespace", "   \t\n  "))),
                Tuple.of(3, Arbitraries.of(
                        new Labeled("unicode:math", "𝕄𝕖𝕟𝕤𝕖𝕟𝕙𝕒𝕟𝕕𝕖𝕝"), new Labeled("unicode:rtl", "\u202Egnidlem\u202C"),
                        new Labeled("unicode:nul", "a\u0000b"), new Labeled("unicode:zero-width", "GM\u200B0479"),
                        new Labeled("unicode:fullwidth", "ＧＭ０４７９"), new Labeled("unicode:combining",
                                "e\u0301".repeat(500)),
                        new Labeled("unicode:lone-surrogate", new RawValue("\"\\ud800x\"")),
                        new Labeled("unicode:emoji", "🚨👩‍👧‍👦🇳🇱"))),
                Tuple.of(4, Arbitraries.of(
                        new Labeled("operator:$ne", object("$ne", null)), new Labeled("operator:$gt", object("$gt", "")),
                        new Labeled("operator:$where", object("$where", "sleep(1000) || true")),
                        new Labeled("operator:$regex", object("$regex", ".*")),
                        new Labeled("operator:$in", object("$in", List.of("GM0479", "GM0397"))),
                        new Labeled("operator:$exists", object("$exists", true)),
                        new Labeled("operator:string", "{\"$ne\":null}"))),
                Tuple.of(2, Arbitraries.of(
                        new Labeled("inject:sql", "'; DROP TABLE signals;--"),
                        new Labeled("inject:jndi", "${jndi:ldap://127.0.0.1/a}"),
                        new Labeled("inject:html", "<script>alert(1)</script>"),
                        new Labeled("inject:path", "../../../etc/passwd"), new Labeled("inject:crlf", "a\r\nX-Evil: 1"))),
                Tuple.of(3, Arbitraries.of(
                        new Labeled("enum:unknown", "FLUISTERAAR"), new Labeled("enum:lowercase", "seksueel"),
                        new Labeled("enum:padded", " ARBEID "))),
                Tuple.of(3, Arbitraries.of(
                        new Labeled("date:impossible", "2026-13-45T25:61:00Z"), new Labeled("date:word", "gisteren"),
                        new Labeled("date:no-time", "2026-11-01"), new Labeled("date:no-zone", "2026-11-01T10:00:00"),
                        new Labeled("date:far-future", "+999999999-12-31T23:59:59Z"),
                        new Labeled("date:far-past", "-999999999-01-01T00:00:00Z"),
                        new Labeled("date:year-1", "0001-01-01T00:00:00Z"),
                        new Labeled("date:future", "2999-01-01T00:00:00Z"),
                        new Labeled("date:zero", "0000-00-00T00:00:00Z"), new Labeled("date:epoch-number", 1700000000))),
                Tuple.of(2, Arbitraries.of(
                        new Labeled("nesting:array", new RawValue(DEEP_ARRAY)),
                        new Labeled("nesting:object", new RawValue(DEEP_OBJECT)))));
    }

    /** A value with the name the report counts it under. */
    record Labeled(String label, Object value) {
    }
}
