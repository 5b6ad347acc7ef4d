package nl.mensenhandel.enforcement.measures;

/** The outcome of a legal remedy. */
public enum RemedyOutcome {
    GEGROND, ONGEGROND, NIET_ONTVANKELIJK, TOEGEWEZEN, AFGEWEZEN, INGETROKKEN
}
