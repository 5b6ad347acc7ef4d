package nl.mensenhandel.enforcement.findings;

/**
 * Overbewoning (overcrowding): more persons present than one per 12 m² usable floor area (gebruiksoppervlakte) —
 * persons are counted, not beds. False when the area is unknown.
 * <p>
 * Source: Bouwbesluit 2012 art. 7.18 lid 1 ("Een woonfunctie wordt niet gebruikt door meer personen dan dat er per
 * persoon 12 m² gebruiksoppervlakte aan verblijfsgebied aanwezig is"), enforceable through Woningwet art. 1b lid 3;
 * from 1 January 2024 continued under the Omgevingswet by the Besluit bouwwerken leefomgeving (gebruik van een
 * bouwwerk, same 12 m² norm) and the municipal huisvestingsverordening.
 */
public final class Overbewoning {

    /** Usable floor area per person (m²). */
    public static final int SQUARE_METRES_PER_PERSON = 12;

    private Overbewoning() {
    }

    /** The most persons the area allows: floor(area / 12); null when the area is unknown. */
    public static Integer maxPersonsForArea(Double usableFloorAreaM2) {
        return usableFloorAreaM2 == null ? null : (int) Math.floor(usableFloorAreaM2 / SQUARE_METRES_PER_PERSON);
    }

    public static boolean found(int personsPresent, Double usableFloorAreaM2) {
        Integer max = maxPersonsForArea(usableFloorAreaM2);
        return max != null && personsPresent > max;
    }
}
