package nl.mensenhandel.signal.signals;

public enum Gender {
    MAN, VROUW, X, ONBEKEND
}
