package nl.mensenhandel.care.providers;

/** What a location may decline a victim for (its catalogue is part of the location). */
public enum ContraIndication {
    VERSLAVING, PSYCHIATRISCHE_PROBLEMATIEK, AGRESSIE, INTENSIEVE_MEDISCHE_ZORG, KINDEREN_MEE, VEILIGHEIDSRISICO
}
