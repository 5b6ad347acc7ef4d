package nl.mensenhandel.systemtest.fuzz;

import java.util.List;

/**
 * Real values the fuzzer draws from so that well-formed requests reach existing resources: signals and links
 * created for this run, municipalities that exist. Writes stay in municipalities no other system test counts
 * (Zwolle, Rotterdam) and in {@code FUZZ_} category and sector codes, so the fuzz run cannot disturb them.
 */
record Pools(List<String> signalIds, List<String> linkIds) {

    /** Exploitation municipalities for bodies that create signals: regions the other system tests do not list. */
    static final List<String> WRITE_MUNICIPALITIES = List.of("GM0193", "GM0599");
    /** Municipalities for filters: the demo regions, plus one that belongs to no region of this instance. */
    static final List<String> READ_MUNICIPALITIES = List.of("GM0479", "GM0431", "GM0880", "GM0439", "GM0397",
            "GM0193", "GM0599", "GM0363");
    /** Regional category or sector codes this run may create or change. */
    static final List<String> CONFIG_CODES = List.of("FUZZ_A", "FUZZ_B", "FUZZ_C", "FUZZ_SECTOR_1", "FUZZ_LONG_"
            + "X".repeat(29));
    static final List<String> REGIONS = List.of("zaanstreek-waterland", "kennemerland", "ijsselland", "rotterdam");

    Pools {
        signalIds = List.copyOf(signalIds);
        linkIds = List.copyOf(linkIds);
    }
}
