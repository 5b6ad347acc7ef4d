package nl.mensenhandel.platform.audit;

/** How an access ended: NEN 7513 logs refused attempts as well as granted ones. */
public enum Outcome {
    /** The data was read, listed or changed. */
    SUCCESS,
    /** Refused: no valid token (401) or the role may not (403). */
    DENIED,
    /** Absent, or not visible to the caller (404) — another region's data answers this way too. */
    NOT_FOUND
}
