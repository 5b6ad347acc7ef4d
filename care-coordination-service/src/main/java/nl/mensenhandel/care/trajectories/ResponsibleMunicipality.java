package nl.mensenhandel.care.trajectories;

/**
 * The municipality responsible for care and its cost (Wmo 2015 / Jeugdwet) and on which basis: {@code BRP},
 * {@code AANGETROFFEN} (not registered: where found), {@code AFWIJKEND} (an override, with its reason).
 */
public record ResponsibleMunicipality(String municipalityCode, Basis basis, String reason) {

    public enum Basis {
        BRP, AANGETROFFEN, AFWIJKEND
    }
}
