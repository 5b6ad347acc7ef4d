package nl.mensenhandel.monitor.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Proves that no hidden cell can be computed from what is published. The hidden cells are the unknowns; every
 * additive relation of the cube, with its shown members moved to the constant side, is a linear equation in them.
 * A hidden cell is uniquely determined exactly when its unit vector lies in the row space of those equations; in
 * the reduced row echelon form that means: it is a pivot and its row has no other non-zero entry. The elimination is
 * exact (rational arithmetic on {@link java.math.BigInteger}), so no rounding can hide a disclosure.
 * <p>
 * This covers every combination of answers a reader can make from one publication: sums and differences of
 * periods (a year minus three of its quarters), of overlapping areas (the region minus a grouping), of rows and
 * columns, and any chain of them — all are linear combinations of the same relations.
 */
public final class DisclosureAudit {

    private DisclosureAudit() {
    }

    /** The hidden cells a reader could compute exactly; empty when the publication is safe. */
    public static List<Integer> determinedCells(Cube cube, Onderdrukking[] status) {
        List<TreeMap<Integer, Fraction>> rows = new ArrayList<>();
        for (Cube.Relation relation : cube.relations()) {
            TreeMap<Integer, Fraction> row = new TreeMap<>();
            if (status[relation.total()].hidden()) {
                row.put(relation.total(), Fraction.ONE);
            }
            for (int part : relation.parts()) {
                if (status[part].hidden()) {
                    row.merge(part, Fraction.of(-1), DisclosureAudit::plus);
                }
            }
            row.values().removeIf(Fraction::isZero);
            if (!row.isEmpty()) {
                rows.add(row);
            }
        }
        // equations only share unknowns within a connected component: eliminate each component on its own
        Map<Integer, Integer> parent = new HashMap<>();
        for (TreeMap<Integer, Fraction> row : rows) {
            int first = row.firstKey();
            for (int column : row.keySet()) {
                union(parent, first, column);
            }
        }
        Map<Integer, List<TreeMap<Integer, Fraction>>> components = new HashMap<>();
        for (TreeMap<Integer, Fraction> row : rows) {
            components.computeIfAbsent(find(parent, row.firstKey()), c -> new ArrayList<>()).add(row);
        }
        List<Integer> determined = new ArrayList<>();
        for (List<TreeMap<Integer, Fraction>> component : components.values()) {
            Map<Integer, TreeMap<Integer, Fraction>> pivots = new HashMap<>();
            for (TreeMap<Integer, Fraction> row : component) {
                insert(pivots, row);
            }
            pivots.forEach((column, row) -> {
                if (row.size() == 1) {
                    determined.add(column);
                }
            });
        }
        determined.sort(null);
        return determined;
    }

    private static int find(Map<Integer, Integer> parent, int x) {
        int root = x;
        while (parent.getOrDefault(root, root) != root) {
            root = parent.get(root);
        }
        while (x != root) {
            int next = parent.getOrDefault(x, x);
            parent.put(x, root);
            x = next;
        }
        return root;
    }

    private static void union(Map<Integer, Integer> parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent.put(ra, rb);
        }
    }

    /** Adds a row to a fully reduced basis (every pivot row is zero on every other pivot column). */
    private static void insert(Map<Integer, TreeMap<Integer, Fraction>> pivots, TreeMap<Integer, Fraction> row) {
        for (Integer column : new ArrayList<>(row.keySet())) {
            Fraction factor = row.get(column);
            TreeMap<Integer, Fraction> pivotRow = pivots.get(column);
            if (factor == null || pivotRow == null) {
                continue;
            }
            subtract(row, pivotRow, factor);
        }
        if (row.isEmpty()) {
            return;
        }
        int pivot = row.firstKey();
        Fraction lead = row.get(pivot);
        row.replaceAll((c, v) -> v.dividedBy(lead));
        for (TreeMap<Integer, Fraction> other : pivots.values()) {
            Fraction factor = other.get(pivot);
            if (factor != null) {
                subtract(other, row, factor);
            }
        }
        pivots.put(pivot, row);
    }

    /** {@code target -= factor * source}, dropping zeros. */
    private static void subtract(TreeMap<Integer, Fraction> target, TreeMap<Integer, Fraction> source, Fraction factor) {
        source.forEach((column, value) -> {
            Fraction result = target.getOrDefault(column, Fraction.ZERO).minus(factor.times(value));
            if (result.isZero()) {
                target.remove(column);
            } else {
                target.put(column, result);
            }
        });
    }

    private static Fraction plus(Fraction a, Fraction b) {
        return a.minus(Fraction.ZERO.minus(b));
    }
}
