package nl.mensenhandel.signal.signal;

public enum Gender {
    MAN, VROUW, X, ONBEKEND
}
