package nl.mensenhandel.enforcement.measures;

/** What a breach threatens (Woningwet 17: leefbaarheid, gezondheid of veiligheid). */
public enum Threat {
    LEEFBAARHEID, GEZONDHEID, VEILIGHEID
}
