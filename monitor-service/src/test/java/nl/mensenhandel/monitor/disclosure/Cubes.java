package nl.mensenhandel.monitor.disclosure;

import java.util.ArrayList;
import java.util.List;

/** Test helpers: what a reader could do with a publication. */
final class Cubes {

    private Cubes() {
    }

    static Onderdrukking[] statuses(SuppressedCube suppressed) {
        return DisclosureControl.statuses(suppressed);
    }

    /** Relations a reader can solve by one subtraction: exactly one hidden member. */
    static List<Cube.Relation> singleHidden(SuppressedCube suppressed) {
        List<Cube.Relation> found = new ArrayList<>();
        for (Cube.Relation relation : suppressed.cube().relations()) {
            int hidden = 0;
            for (int member : relation.members()) {
                if (suppressed.status(member).hidden()) {
                    hidden++;
                }
            }
            if (hidden == 1) {
                found.add(relation);
            }
        }
        return found;
    }

    static Onderdrukking status(SuppressedCube suppressed, String... coordinates) {
        int cell = suppressed.cube().cell(List.of(coordinates));
        if (cell < 0) {
            throw new IllegalArgumentException("no cell " + List.of(coordinates));
        }
        return suppressed.status(cell);
    }
}
