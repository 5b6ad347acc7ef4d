package nl.mensenhandel.signal.signals;

public enum PersonRole {
    MOGELIJK_SLACHTOFFER, MOGELIJKE_DADER, FACILITATOR, GETUIGE
}
