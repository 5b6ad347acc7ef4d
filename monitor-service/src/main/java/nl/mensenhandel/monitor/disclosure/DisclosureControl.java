package nl.mensenhandel.monitor.disclosure;

import java.util.Arrays;
import java.util.List;

/**
 * Disclosure control of one cube as a whole: {@link PrimarySuppression}, then {@link ComplementarySuppression}
 * until stable, then the {@link DisclosureAudit}; while the audit finds a hidden cell a reader could compute, one
 * more cell of a relation it is in is hidden and the whole round runs again. Each round hides at least one more
 * cell, so it ends (at worst with everything non-zero hidden). Deterministic: the same counts and threshold give the
 * same publication.
 */
public final class DisclosureControl {

    private DisclosureControl() {
    }

    public static SuppressedCube suppress(Cube cube, int threshold) {
        Onderdrukking[] status = new Onderdrukking[cube.size()];
        Arrays.fill(status, Onderdrukking.GETOOND);
        boolean any = false;
        for (int cell = 0; cell < cube.size(); cell++) {
            if (PrimarySuppression.applies(cube.count(cell), threshold)) {
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
            if (!hideOneMore(cube, status, determined.get(0))) {
                throw new IllegalStateException("disclosure audit of " + cube.measure()
                        + " cannot be satisfied at cell " + cube.coordinates(determined.get(0)));
            }
        }
    }

    /** Hides a shown member of the relation of {@code cell} with the fewest hidden members. */
    private static boolean hideOneMore(Cube cube, Onderdrukking[] status, int cell) {
        Cube.Relation chosen = null;
        int fewest = Integer.MAX_VALUE;
        for (Cube.Relation relation : cube.relations()) {
            boolean contains = false;
            int hidden = 0;
            boolean anyShown = false;
            for (int member : relation.members()) {
                contains |= member == cell;
                if (status[member].hidden()) {
                    hidden++;
                } else {
                    anyShown = true;
                }
            }
            if (contains && anyShown && hidden < fewest) {
                chosen = relation;
                fewest = hidden;
            }
        }
        if (chosen == null) {
            return false;
        }
        int partner = ComplementarySuppression.partner(cube, status, chosen);
        status[partner] = Onderdrukking.AANVULLEND_ONDERDRUKT;
        return true;
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
