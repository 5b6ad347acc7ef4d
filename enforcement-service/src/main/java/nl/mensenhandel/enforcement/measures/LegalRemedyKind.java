package nl.mensenhandel.enforcement.measures;

/** Bezwaar (Awb 7:1), beroep (Awb 8:1), voorlopige voorziening (Awb 8:81). */
public enum LegalRemedyKind {
    BEZWAAR, BEROEP, VOORLOPIGE_VOORZIENING
}
