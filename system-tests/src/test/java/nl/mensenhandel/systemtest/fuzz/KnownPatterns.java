package nl.mensenhandel.systemtest.fuzz;

import java.util.Map;
import java.util.function.Function;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Generators for the string patterns the contracts use (jqwik has no regex generator). A pattern missing here
 * falls back to the schema's example, so a new contract still gets fuzzed, only less deeply.
 */
final class KnownPatterns {

    private static final Map<String, Function<Boolean, Arbitrary<String>>> BASE = Map.of(
            "^GM[0-9]{4}$", inBody -> Arbitraries.of(inBody ? Pools.WRITE_MUNICIPALITIES : Pools.READ_MUNICIPALITIES),
            "^[A-Z][A-Z0-9_]{1,39}$", inBody -> Arbitraries.of(Pools.CONFIG_CODES),
            "^[a-z][a-z0-9-]{1,63}$", inBody -> Arbitraries.of(Pools.REGIONS),
            "^[1-9][0-9]{3} ?[A-Za-z]{2}$", inBody -> Arbitraries.integers().between(1000, 9999).flatMap(n ->
                    Arbitraries.strings().withCharRange('A', 'Z').ofLength(2).flatMap(letters ->
                            Arbitraries.of(n + letters, n + " " + letters, n + letters.toLowerCase()))),
            "^[0-9]{8}$", inBody -> Arbitraries.strings().numeric().ofLength(8),
            "^[A-Z]{2,3}$", inBody -> Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(2).ofMaxLength(3),
            "^MH-[A-Z0-9]{4}-[A-Z0-9]{4}$", inBody -> Arbitraries.strings().withCharRange('A', 'Z')
                    .withCharRange('0', '9').ofLength(8).map(s -> "MH-" + s.substring(0, 4) + "-" + s.substring(4)));

    /**
     * Enforcement (issue 10): the region's instrument codes and form indicators, inspectors' usernames, device ids,
     * house numbers, upper-case postcodes, team ids and checksums — so valid bodies get past validation.
     */
    private static final Map<String, Function<Boolean, Arbitrary<String>>> ENFORCEMENT = Map.of(
            "^[A-Z][A-Z0-9_]{1,59}$", inBody -> Arbitraries.of("VERBLIJFSONTZEGGING", "OVERBEWONING_LAST",
                    "BESTUURSDWANG_WONING", "SLUITING_174A", "HUISVESTINGSWET_BOETE", "SLAAPT_OP_WERKPLEK",
                    "GEEN_EIGEN_IDENTITEITSBEWIJS", "ANGSTIG", "FUZZ_ONBEKEND"),
            "^[A-Z][A-Z_]{1,39}$", inBody -> Arbitraries.of("HUISVESTING", "SEKSBRANCHE", "HORECA", "ACTIEDAG"),
            "^[a-z0-9][a-z0-9._-]{0,79}$", inBody -> Arbitraries.of("handhaver.zwolle", "toezichthouder.ozhz",
                    "fuzz.inspecteur", "0-fuzz_x"),
            "^[A-Za-z0-9._-]{1,80}$", inBody -> Arbitraries.strings().withCharRange('a', 'z').withChars("._-0123456789")
                    .ofMinLength(1).ofMaxLength(80),
            "^[0-9]{1,5}[A-Za-z0-9 -]{0,10}$", inBody -> Arbitraries.of("1", "12", "7A", "123-2", "99999 bis"),
            "^[1-9][0-9]{3} ?[A-Z]{2}$", inBody -> Arbitraries.integers().between(1000, 9999).flatMap(n ->
                    Arbitraries.strings().withCharRange('A', 'Z').ofLength(2).flatMap(letters ->
                            Arbitraries.of(n + letters, n + " " + letters))),
            "^[a-z0-9][a-z0-9-]{0,39}$", inBody -> Arbitraries.of("regionaal-controleteam", "fuzz-team", "0"),
            "^[0-9a-f]{64}$", inBody -> Arbitraries.strings().withChars("0123456789abcdef").ofLength(64));

    private static final Map<String, Function<Boolean, Arbitrary<String>>> PATTERNS = new java.util.HashMap<>();

    static {
        PATTERNS.putAll(BASE);
        PATTERNS.putAll(ENFORCEMENT);
    }

    private KnownPatterns() {
    }

    /** A generator for the pattern, or null when this class does not know it. */
    static Arbitrary<String> arbitrary(String pattern, boolean inBody) {
        var generator = PATTERNS.get(pattern);
        return generator == null ? null : generator.apply(inBody);
    }
}
