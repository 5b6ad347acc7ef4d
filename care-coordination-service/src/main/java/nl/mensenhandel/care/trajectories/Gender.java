package nl.mensenhandel.care.trajectories;

/** The victim's gender as the zorgcoördinator records it; COSM and many shelters are assigned by it. */
public enum Gender {
    VROUW, MAN, X, ONBEKEND
}
