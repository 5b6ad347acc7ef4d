package nl.mensenhandel.care.reports;

/**
 * The age groups of the CoMensha report: an age group instead of a birth date, so the report identifies nobody
 * (AVG art. 5 lid 1 c, data minimisation). {@code 0-17} are minors (Jeugdwet); the adult bands are those of
 * CoMensha's yearly figures.
 */
public enum AgeGroup {
    MINOR("0-17"), FROM_18("18-23"), FROM_24("24-29"), FROM_30("30-39"), FROM_40("40-49"), FROM_50("50+"),
    UNKNOWN("ONBEKEND");

    private final String label;

    AgeGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The group of an age in whole years; null (birth date unknown) is {@link #UNKNOWN}. */
    public static AgeGroup of(Integer age) {
        if (age == null || age < 0) {
            return UNKNOWN;
        }
        if (age < 18) {
            return MINOR;
        }
        if (age < 24) {
            return FROM_18;
        }
        if (age < 30) {
            return FROM_24;
        }
        if (age < 40) {
            return FROM_30;
        }
        return age < 50 ? FROM_40 : FROM_50;
    }
}
