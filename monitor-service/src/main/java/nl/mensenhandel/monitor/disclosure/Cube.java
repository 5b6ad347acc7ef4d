package nl.mensenhandel.monitor.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole of one measure for one publication: every combination of every value (leaf or aggregate) of every
 * {@link Dimension}, each cell the sum of the leaf counts it covers, and all additive relations between the cells
 * (for every dimension and every aggregate of it, with every combination of the other dimensions' values: the
 * aggregate's cell = the sum of its leaves' cells). Counts are added in at leaf level only, so every relation holds
 * exactly — except in a cube of {@link #delivered} figures, which holds each figure as a source delivered it.
 */
public final class Cube {

    /** One additive relation: {@code cells[total] = Σ cells[parts]}. */
    public record Relation(int total, int[] parts) {

        public int[] members() {
            int[] all = new int[parts.length + 1];
            all[0] = total;
            System.arraycopy(parts, 0, all, 1, parts.length);
            return all;
        }
    }

    /** Which combinations of values a cube publishes at all (linked tables: e.g. sources only for the region). */
    @FunctionalInterface
    public interface Scope {
        boolean publishes(List<String> coordinates);

        Scope ALL = coordinates -> true;
    }

    private final String measure;
    private final boolean[] exists;
    private final List<Dimension> dimensions;
    private final List<Map<String, Integer>> valueIndex = new ArrayList<>();
    private final List<List<String>> values = new ArrayList<>();
    /** per dimension, per leaf index: the value indexes (the leaf and the aggregates containing it) it counts in */
    private final List<int[][]> coveredBy = new ArrayList<>();
    private final int[] strides;
    private final long[] counts;
    private List<Relation> relations;

    public Cube(String measure, List<Dimension> dimensions) {
        this(measure, dimensions, Scope.ALL);
    }

    /**
     * A cube that publishes only the cells {@code scope} names; relations with a member outside the scope are no
     * relations of the publication (a reader never sees that member).
     */
    public Cube(String measure, List<Dimension> dimensions, Scope scope) {
        this.measure = measure;
        this.dimensions = List.copyOf(dimensions);
        this.strides = new int[dimensions.size()];
        long size = 1;
        for (int d = dimensions.size() - 1; d >= 0; d--) {
            Dimension dimension = dimensions.get(d);
            strides[d] = (int) size;
            size *= dimension.values().size();
            if (size > 5_000_000) {
                throw new IllegalArgumentException("cube of " + measure + " too large: " + size + " cells");
            }
        }
        for (Dimension dimension : dimensions) {
            List<String> all = dimension.values();
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < all.size(); i++) {
                index.put(all.get(i), i);
            }
            valueIndex.add(index);
            values.add(all);
        }
        for (int d = 0; d < dimensions.size(); d++) {
            Dimension dimension = dimensions.get(d);
            int[][] covered = new int[dimension.leaves().size()][];
            for (int leaf = 0; leaf < dimension.leaves().size(); leaf++) {
                String leafValue = dimension.leaves().get(leaf);
                List<Integer> in = new ArrayList<>();
                in.add(leaf);
                Map<String, Integer> index = valueIndex.get(d);
                dimension.aggregates().forEach((key, members) -> {
                    if (members.contains(leafValue)) {
                        in.add(index.get(key));
                    }
                });
                covered[leaf] = in.stream().mapToInt(Integer::intValue).toArray();
            }
            coveredBy.add(covered);
        }
        this.counts = new long[(int) size];
        this.exists = new boolean[(int) size];
        for (int cell = 0; cell < size; cell++) {
            exists[cell] = scope.publishes(coordinates(cell));
        }
    }

    /**
     * A cube of figures delivered at any level (partner figures: a total, its parts, or both), each cell holding
     * the count as delivered. Only the delivered cells exist (the scope): a cell nobody delivered is no cell of the
     * publication, so a relation with such a member is none — its value is unknown, never 0, and the relation gives
     * nothing away. The delivered cells need not add up (a partner's total may differ from the sum of its parts);
     * {@link ComplementarySuppression} and the {@link DisclosureAudit} decide from which cells are hidden, not from
     * the values, so the protection holds for the true values whatever the delivered ones say.
     *
     * @param delivered the count per cell, keyed by one value (leaf or aggregate) per dimension
     */
    public static Cube delivered(String measure, List<Dimension> dimensions, Map<List<String>, Long> delivered) {
        Cube cube = new Cube(measure, dimensions, delivered::containsKey);
        delivered.forEach((coordinates, count) -> {
            int at = cube.cell(coordinates);
            if (at < 0 || count == null || count < 0) {
                throw new IllegalArgumentException("no delivered count of " + measure + ": " + coordinates + " "
                        + count);
            }
            cube.counts[at] = count;
        });
        return cube;
    }

    /** Whether the publication holds this cell at all. */
    public boolean exists(int cell) {
        return exists[cell];
    }

    public String measure() {
        return measure;
    }

    public List<Dimension> dimensions() {
        return dimensions;
    }

    public int size() {
        return counts.length;
    }

    public long count(int cell) {
        return counts[cell];
    }

    /**
     * Adds a leaf-level count: {@code leaf} names one leaf per dimension, in the dimensions' order. Every cell
     * covering that leaf combination (the leaf and the aggregates it belongs to, in every dimension) gets it.
     */
    public void add(List<String> leaf, long count) {
        if (leaf.size() != dimensions.size()) {
            throw new IllegalArgumentException("one leaf per dimension expected");
        }
        int[][] choices = new int[dimensions.size()][];
        for (int d = 0; d < dimensions.size(); d++) {
            Integer at = valueIndex.get(d).get(leaf.get(d));
            if (at == null || at >= dimensions.get(d).leaves().size()) {
                throw new IllegalArgumentException(leaf.get(d) + " is no leaf of " + dimensions.get(d).name());
            }
            choices[d] = coveredBy.get(d)[at];
        }
        addAll(choices, 0, 0, count);
    }

    private void addAll(int[][] choices, int d, int offset, long count) {
        if (d == choices.length) {
            counts[offset] += count;
            return;
        }
        for (int value : choices[d]) {
            addAll(choices, d + 1, offset + value * strides[d], count);
        }
    }

    /** The cell of one value per dimension (leaf or aggregate), or -1 when a value is not in the cube. */
    public int cell(List<String> coordinates) {
        int offset = 0;
        for (int d = 0; d < dimensions.size(); d++) {
            Integer at = valueIndex.get(d).get(coordinates.get(d));
            if (at == null) {
                return -1;
            }
            offset += at * strides[d];
        }
        return offset;
    }

    /** The value of each dimension of a cell, for messages and tests. */
    public List<String> coordinates(int cell) {
        List<String> coordinates = new ArrayList<>();
        for (int d = 0; d < dimensions.size(); d++) {
            coordinates.add(values.get(d).get((cell / strides[d]) % values.get(d).size()));
        }
        return coordinates;
    }

    /** Every additive relation of the cube (computed once). */
    public List<Relation> relations() {
        if (relations == null) {
            List<Relation> all = new ArrayList<>();
            for (int d = 0; d < dimensions.size(); d++) {
                Dimension dimension = dimensions.get(d);
                for (Map.Entry<String, List<String>> aggregate : dimension.aggregates().entrySet()) {
                    int aggregateAt = valueIndex.get(d).get(aggregate.getKey());
                    int dd = d;
                    int[] leafAt = aggregate.getValue().stream().mapToInt(v -> valueIndex.get(dd).get(v)).toArray();
                    int stride = strides[d];
                    int extent = values.get(d).size();
                    for (int cell = 0; cell < counts.length; cell++) {
                        if ((cell / stride) % extent != 0) {
                            continue; // visit each combination of the other dimensions once: at value 0 of this one
                        }
                        int total = cell + aggregateAt * stride;
                        boolean published = exists[total];
                        int[] parts = new int[leafAt.length];
                        for (int p = 0; p < leafAt.length; p++) {
                            parts[p] = cell + leafAt[p] * stride;
                            published &= exists[parts[p]];
                        }
                        if (published) {
                            all.add(new Relation(total, parts));
                        }
                    }
                }
            }
            relations = List.copyOf(all);
        }
        return relations;
    }
}
