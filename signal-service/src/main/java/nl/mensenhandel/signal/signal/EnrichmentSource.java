package nl.mensenhandel.signal.signal;

/** Where enriching information came from. */
public enum EnrichmentSource {
    BRP, POLITIE, EIGEN_REGISTRATIE, PARTNER, OPEN_BRON, VELDWAARNEMING
}
