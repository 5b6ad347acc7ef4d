package nl.mensenhandel.monitor.disclosure;

/** What the disclosure control decided for one cell (contract {@code CellStatus}, the statuses it produces). */
public enum Onderdrukking {
    /** Shown with its value (zero included: a zero identifies nobody and is shown as 0). */
    GETOOND,
    /** Primary: 0 &lt; count &lt; threshold; reads {@code <N}. */
    ONDERDRUKT,
    /** Complementary: hidden so that no primary cell can be derived from totals or differences; reads {@code x}. */
    AANVULLEND_ONDERDRUKT;

    public boolean hidden() {
        return this != GETOOND;
    }
}
