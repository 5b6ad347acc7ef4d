package nl.mensenhandel.signal.signal;

public enum PersonRole {
    MOGELIJK_SLACHTOFFER, MOGELIJKE_DADER, FACILITATOR, GETUIGE
}
