package nl.mensenhandel.platform.audit;

/**
 * The outcome of walking one region's chain: intact, or the first entry found altered, removed or
 * inserted, named by its sequence number.
 */
public record ChainVerification(String region, boolean intact, long entriesChecked, long lastSequence,
        String headHash, Problem firstProblem) {

    public enum Kind {
        /** The entry's content no longer matches its hash, or a later entry recorded another hash for it. */
        ALTERED,
        /** The sequence has a gap here (or ends before the last entry this instance wrote). */
        REMOVED,
        /** An entry the log did not write in this place (its key and its place disagree, a second entry for a place). */
        INSERTED
    }

    public record Problem(long sequence, Kind kind, String detail) {
    }
}
