package nl.mensenhandel.signal.links;

/** LINK relates two signals; MERGE marks the other one as a duplicate of this one (reversible). */
public enum LinkKind {
    LINK, MERGE
}
