package nl.mensenhandel.systemtest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an outsider can work out from several of the monitor's published tables: every cell is a variable named by
 * what it counts (period, area, row, column); a shown cell is known; each additive relation (a total is the sum of
 * its parts — within a table, a year over its quarters, a grouping over its municipalities) lets the one unknown
 * member of a relation whose other members are all known be derived. Applied until nothing more follows. Written
 * independently of the monitor's own audit, as the attacker would: if suppression could be undone by totals or by
 * differences between periods or overlapping areas, this finds the cell.
 */
public final class DifferencingAttack {

    private final Map<String, Long> known = new HashMap<>();
    private final Set<String> suppressed = new LinkedHashSet<>();
    private final List<Relation> relations = new ArrayList<>();
    private final Set<String> yearCells = new LinkedHashSet<>();

    /** A total and its parts: total = sum of parts. */
    public record Relation(String total, List<String> parts) {
    }

    public void shown(String cell, long value) {
        Long earlier = known.put(cell, value);
        if (earlier != null && earlier != value) {
            throw new IllegalStateException(cell + " is published as " + earlier + " and as " + value);
        }
    }

    public void suppressed(String cell) {
        suppressed.add(cell);
    }

    public void relation(String total, List<String> parts) {
        relations.add(new Relation(total, List.copyOf(parts)));
    }

    /** A cell of a whole year (its name holds {@code |Y|}), whose quarters are the same name with {@code |Q1|} … */
    public void yearCell(String cell) {
        yearCells.add(cell);
    }

    public Set<String> yearCells() {
        return Set.copyOf(yearCells);
    }

    public int suppressedCount() {
        return suppressed.size();
    }

    public int relationCount() {
        return relations.size();
    }

    /** The suppressed cells the attacker derives exactly, with their values. */
    public Map<String, Long> revealed() {
        boolean progress = true;
        while (progress) {
            progress = false;
            for (Relation r : relations) {
                List<String> members = new ArrayList<>(r.parts());
                members.add(r.total());
                List<String> unknown = members.stream().filter(m -> !known.containsKey(m)).distinct().toList();
                if (unknown.size() != 1) {
                    continue;
                }
                String cell = unknown.getFirst();
                long parts = r.parts().stream().filter(known::containsKey).mapToLong(known::get).sum();
                long value = cell.equals(r.total()) ? parts : known.get(r.total()) - parts;
                known.put(cell, value);
                progress = true;
            }
        }
        Map<String, Long> revealed = new HashMap<>();
        for (String cell : suppressed) {
            if (known.containsKey(cell)) {
                revealed.put(cell, known.get(cell));
            }
        }
        return revealed;
    }
}
