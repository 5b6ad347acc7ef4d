package nl.mensenhandel.signal.signal;

/** Why a signal was closed without being forwarded. */
public enum ClosingReason {
    NIET_MENSENHANDEL, ANDERE_AFDELING, REGULIERE_HULP, NIET_BEVESTIGD, DUPLICAAT
}
