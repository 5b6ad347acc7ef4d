package nl.mensenhandel.monitor.disclosure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One dimension of a {@link Cube}: its leaves (the finest values the services count, e.g. a quarter, a
 * municipality, a form) and its aggregates, each the sum of a set of leaves (a year = its quarters; the region =
 * its municipalities; a grouping = its municipalities, overlapping the region; {@code TOTAAL} = every form).
 * Aggregates may overlap each other: every one of them is an additive relation the suppression protects.
 */
public record Dimension(String name, List<String> leaves, Map<String, List<String>> aggregates) {

    /** The key of the "all values" aggregate of a categorical dimension. */
    public static final String TOTAL = "TOTAAL";

    public Dimension {
        leaves = List.copyOf(leaves);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        aggregates.forEach((key, members) -> copy.put(key, List.copyOf(members)));
        aggregates = Collections.unmodifiableMap(copy);
        if (new java.util.HashSet<>(leaves).size() != leaves.size()
                || aggregates.keySet().stream().anyMatch(leaves::contains)) {
            throw new IllegalArgumentException("values of " + name + " must be distinct: " + leaves + " "
                    + aggregates.keySet());
        }
        for (List<String> members : aggregates.values()) {
            if (!leaves.containsAll(members)) {
                throw new IllegalArgumentException("aggregate of " + name + " names a value that is no leaf: " + members);
            }
        }
    }

    /** A categorical dimension: the given leaves and one total over all of them. */
    public static Dimension withTotal(String name, List<String> leaves) {
        return new Dimension(name, leaves, Map.of(TOTAL, leaves));
    }

    /** Every value of the dimension: leaves first, then aggregates, in a fixed order. */
    public List<String> values() {
        List<String> all = new ArrayList<>(leaves);
        all.addAll(aggregates.keySet());
        return all;
    }
}
