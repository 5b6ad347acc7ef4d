package nl.mensenhandel.monitor.disclosure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Disclosure control of one cube as a whole: {@link PrimarySuppression}, then {@link ComplementarySuppression}
 * until stable, then the {@link DisclosureAudit}; while the audit finds hidden cells a reader could compute, one
 * more cell near each of them is hidden and the whole round runs again. Each round hides at least one more
 * cell, so it ends (at worst with everything non-zero hidden). Deterministic: the same counts and threshold give the
 * same publication.
 */
public final class DisclosureControl {

    private DisclosureControl() {
    }

    public static SuppressedCube suppress(Cube cube, int threshold) {
        return suppress(cube, threshold, (SuppressedCube) null);
    }

    /**
     * Suppresses {@code cube} hiding at least what {@code base} hides — a publication of the same cube for an
     * audience with a lower threshold (the region's own staff). A reader of both then learns nothing the base
     * publication, audited itself, does not show: every cell this one shows is shown there too.
     */
    public static SuppressedCube suppress(Cube cube, int threshold, SuppressedCube base) {
        if (base != null && base.cube().size() != cube.size()) {
            throw new IllegalArgumentException("base publication of another cube");
        }
        return suppress(cube, threshold, base == null ? cell -> false : cell -> base.status(cell).hidden());
    }

    /** Suppresses {@code cube} hiding at least the cells {@code hiddenElsewhere} names (hidden in another publication). */
    public static SuppressedCube suppress(Cube cube, int threshold, IntPredicate hiddenElsewhere) {
        Onderdrukking[] status = new Onderdrukking[cube.size()];
        Arrays.fill(status, Onderdrukking.GETOOND);
        boolean any = false;
        for (int cell = 0; cell < cube.size(); cell++) {
            if (cube.exists(cell) && hiddenElsewhere.test(cell)) {
                status[cell] = Onderdrukking.AANVULLEND_ONDERDRUKT;
                any = true;
            }
        }
        for (int cell = 0; cell < cube.size(); cell++) {
            if (cube.exists(cell) && PrimarySuppression.applies(cube.count(cell), threshold)) {
                status[cell] = Onderdrukking.ONDERDRUKT;
                any = true;
            }
        }
        if (!any) {
            return new SuppressedCube(cube, status, threshold);
        }
        while (true) {
            ComplementarySuppression.apply(cube, status);
            List<Integer> determined = DisclosureAudit.determinedCells(cube, status);
            if (determined.isEmpty()) {
                return new SuppressedCube(cube, status, threshold);
            }
            Map<Integer, List<Cube.Relation>> byMember = byMember(cube);
            boolean hidden = false;
            for (int cell : determined) {
                hidden |= hideOneMore(cube, status, byMember, cell);
            }
            if (!hidden) {
                throw new IllegalStateException("disclosure audit of " + cube.measure()
                        + " cannot be satisfied at cell " + cube.coordinates(determined.get(0)));
            }
        }
    }

    private static Map<Integer, List<Cube.Relation>> byMember(Cube cube) {
        Map<Integer, List<Cube.Relation>> byMember = new HashMap<>();
        for (Cube.Relation relation : cube.relations()) {
            for (int member : relation.members()) {
                byMember.computeIfAbsent(member, m -> new ArrayList<>()).add(relation);
            }
        }
        return byMember;
    }

    /**
     * Hides one more cell near {@code cell}: searching outward from it through relations of hidden cells
     * (breadth-first), the first relation that has a shown member gets its {@link ComplementarySuppression#partner}
     * hidden. A determined cell's value comes from shown values through such a chain, so the search finds one.
     */
    private static boolean hideOneMore(Cube cube, Onderdrukking[] status, Map<Integer, List<Cube.Relation>> byMember,
            int cell) {
        Set<Integer> seen = new HashSet<>();
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(cell);
        seen.add(cell);
        while (!queue.isEmpty()) {
            int hiddenCell = queue.poll();
            List<Cube.Relation> relations = new ArrayList<>(byMember.getOrDefault(hiddenCell, List.of()));
            relations.sort(Comparator.comparingInt(r -> hiddenMembers(r, status)));
            for (Cube.Relation relation : relations) {
                int partner = ComplementarySuppression.partner(cube, status, relation);
                if (partner >= 0) {
                    status[partner] = Onderdrukking.AANVULLEND_ONDERDRUKT;
                    return true;
                }
            }
            for (Cube.Relation relation : relations) {
                for (int member : relation.members()) {
                    if (status[member].hidden() && seen.add(member)) {
                        queue.add(member);
                    }
                }
            }
        }
        return false;
    }

    private static int hiddenMembers(Cube.Relation relation, Onderdrukking[] status) {
        int hidden = 0;
        for (int member : relation.members()) {
            if (status[member].hidden()) {
                hidden++;
            }
        }
        return hidden;
    }

    /** For tests and the audit's callers: the statuses of a suppressed cube as an array. */
    static Onderdrukking[] statuses(SuppressedCube suppressed) {
        Onderdrukking[] status = new Onderdrukking[suppressed.cube().size()];
        for (int cell = 0; cell < status.length; cell++) {
            status[cell] = suppressed.status(cell);
        }
        return status;
    }
}
