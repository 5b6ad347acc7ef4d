package nl.mensenhandel.care.placements;

/** The catalogue of reasons a provider may decline a placement request for. */
public enum DeclineReason {
    GEEN_PLEK, BUITEN_DOELGROEP, CONTRA_INDICATIE, VEILIGHEIDSRISICO, OVERIG
}
