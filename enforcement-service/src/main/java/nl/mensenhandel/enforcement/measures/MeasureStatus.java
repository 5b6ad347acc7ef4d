package nl.mensenhandel.enforcement.measures;

/** Where a measure stands in its Awb procedure. */
public enum MeasureStatus {
    VOORNEMEN, ZIENSWIJZE, BESLUIT, UITVOERING, BEEINDIGD
}
