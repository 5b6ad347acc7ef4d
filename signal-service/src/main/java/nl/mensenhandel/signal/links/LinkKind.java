package nl.mensenhandel.signal.links;

/**
 * What a link between two signals means (issue 7 capability 7). {@link #MERGE} is a duplicate: the same situation
 * reported twice, the other signal merged into this one for counting (reversible). The others relate two
 * different situations and never change the counts of duplicates: the same person again (herhaald
 * slachtofferschap — repeat victimisation, which the monitor counts on its own), the same address, the same
 * business, the same network of perpetrators or facilitators.
 */
public enum LinkKind {
    MERGE, SAME_PERSON, SAME_ADDRESS, SAME_BUSINESS, SAME_NETWORK;

    /** Whether the link says the other signal is a duplicate (the same situation), rather than related. */
    public boolean isDuplicate() {
        return this == MERGE;
    }
}
