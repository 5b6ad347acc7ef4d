package nl.mensenhandel.monitor.disclosure;

import java.util.List;

/** A {@link Cube} after disclosure control: each cell's {@link Onderdrukking}. The only way to read a count. */
public final class SuppressedCube {

    private final Cube cube;
    private final Onderdrukking[] status;
    private final int threshold;

    SuppressedCube(Cube cube, Onderdrukking[] status, int threshold) {
        this.cube = cube;
        this.status = status.clone();
        this.threshold = threshold;
    }

    public Cube cube() {
        return cube;
    }

    public int threshold() {
        return threshold;
    }

    public Onderdrukking status(int cell) {
        return status[cell];
    }

    /**
     * The published cell at one value per dimension. A value the cube does not hold (a year without data, a form
     * nobody reported) is a zero: shown as 0 (it lies outside every relation of the cube's non-zero cells).
     */
    public PublishedCell cell(List<String> coordinates) {
        int at = cube.cell(coordinates);
        if (at < 0) {
            return PublishedCell.shown(0);
        }
        if (!cube.exists(at)) {
            // outside the publication's scope: never shown
            return PublishedCell.hidden(Onderdrukking.AANVULLEND_ONDERDRUKT, threshold);
        }
        return status[at].hidden() ? PublishedCell.hidden(status[at], threshold) : PublishedCell.shown(cube.count(at));
    }

    public long hiddenCells() {
        long hidden = 0;
        for (int cell = 0; cell < status.length; cell++) {
            if (cube.exists(cell) && status[cell].hidden()) {
                hidden++;
            }
        }
        return hidden;
    }
}
