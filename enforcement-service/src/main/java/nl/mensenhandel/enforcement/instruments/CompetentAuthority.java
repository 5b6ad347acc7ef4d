package nl.mensenhandel.enforcement.instruments;

/** Who decides on an instrument (bevoegd gezag). */
public enum CompetentAuthority {
    BURGEMEESTER, COLLEGE, RAAD
}
