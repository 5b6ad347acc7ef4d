package nl.mensenhandel.signal.signal;

/** Who reported the signal. {@code ANONIEM} and {@code MMA} never carry a reporter identity. */
public enum SourceType {
    ANONIEM, BURGER, PROFESSIONAL, KETENPARTNER, MMA, INTEGRALE_CONTROLE
}
