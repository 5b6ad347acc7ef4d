package nl.mensenhandel.enforcement.findings;

/**
 * BRP discrepancy: more persons present at the address than registered there in the Basisregistratie Personen —
 * a signal for adreskwaliteit (LAA) and for the casustafel. False when the registered number is unknown.
 * <p>
 * Source: Wet BRP art. 2.38 and 2.39 (a resident registers their address within five days), and the Landelijke
 * Aanpak Adreskwaliteit: "afwijkingen tussen de feitelijke en de geregistreerde bewoning" are reported back
 * (Wet BRP art. 2.34, terugmelding).
 */
public final class BrpDiscrepancy {

    private BrpDiscrepancy() {
    }

    public static boolean found(int personsPresent, Integer personsRegisteredInBrp) {
        return personsRegisteredInBrp != null && personsPresent > personsRegisteredInBrp;
    }
}
