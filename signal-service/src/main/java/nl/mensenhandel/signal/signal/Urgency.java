package nl.mensenhandel.signal.signal;

/** How fast the route must act. The rank is stored so the work list can sort urgent signals first. */
public enum Urgency {
    NORMAAL(0), HOOG(1), SPOED(2);

    private final int rank;

    Urgency(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }
}
