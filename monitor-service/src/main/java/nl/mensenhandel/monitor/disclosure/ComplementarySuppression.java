package nl.mensenhandel.monitor.disclosure;

import java.util.List;

/**
 * Complementary suppression (issue 11 §5: "complementary suppression so that totals, differences between periods or
 * between overlapping areas cannot reveal it"): an additive relation (total = Σ parts, in any dimension of the
 * cube) with exactly one hidden member gives that member away by subtraction, so a second member is hidden: the
 * smallest non-zero shown part (the least information lost), else the total; ties go to the lowest cell index, so
 * the same data always gives the same publication. Repeated over all relations until none has exactly one hidden
 * member. A hidden member is never zero-valued-only: the partner chosen is non-zero, which always exists (counts are
 * non-negative and the hidden member is positive).
 */
public final class ComplementarySuppression {

    private ComplementarySuppression() {
    }

    /** Hides more cells of {@code status} until stable; returns how many it hid. */
    static int apply(Cube cube, Onderdrukking[] status) {
        int added = 0;
        boolean changed = true;
        List<Cube.Relation> relations = cube.relations();
        while (changed) {
            changed = false;
            for (Cube.Relation relation : relations) {
                int hidden = 0;
                for (int member : relation.members()) {
                    if (status[member].hidden()) {
                        hidden++;
                    }
                }
                if (hidden == 1) {
                    int partner = partner(cube, status, relation);
                    if (partner >= 0) {
                        status[partner] = Onderdrukking.AANVULLEND_ONDERDRUKT;
                        added++;
                        changed = true;
                    }
                }
            }
        }
        return added;
    }

    /** The smallest non-zero shown part, else the total when shown and non-zero, else a shown zero part; -1 if none. */
    static int partner(Cube cube, Onderdrukking[] status, Cube.Relation relation) {
        int best = -1;
        for (int part : relation.parts()) {
            if (!status[part].hidden() && cube.count(part) > 0
                    && (best < 0 || cube.count(part) < cube.count(best))) {
                best = part;
            }
        }
        if (best >= 0) {
            return best;
        }
        if (!status[relation.total()].hidden()) {
            return relation.total();
        }
        for (int part : relation.parts()) {
            if (!status[part].hidden()) {
                return part;
            }
        }
        return -1;
    }
}
