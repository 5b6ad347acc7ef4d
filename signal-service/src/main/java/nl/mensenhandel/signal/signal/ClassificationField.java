package nl.mensenhandel.signal.signal;

/** What a reclassification changed. */
public enum ClassificationField {
    FORMS, CATEGORIES, SECTOR, URGENCY, MUNICIPALITY
}
