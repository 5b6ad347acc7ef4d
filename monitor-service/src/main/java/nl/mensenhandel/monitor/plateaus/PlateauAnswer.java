package nl.mensenhandel.monitor.plateaus;

/** A stored answer to one criterion (contract PlateauAnswer: JA, DEELS, NEE, ONBEKEND), with the regisseur's note. */
public record PlateauAnswer(String criterionId, String answer, String note) {

    public static final String JA = "JA";
    public static final String ONBEKEND = "ONBEKEND";
}
