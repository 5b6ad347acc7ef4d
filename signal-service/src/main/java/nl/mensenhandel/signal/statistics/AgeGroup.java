package nl.mensenhandel.signal.statistics;

/**
 * The age groups of the monitor's profile of possible victims (contract getSignalStatistics): a person marked minor
 * or younger than 18 in the year the signal was received is {@code MINDERJARIG}; otherwise the age in that year
 * (year of receipt minus year of birth) decides; without either it is {@code ONBEKEND} (unknown is not zero).
 */
public final class AgeGroup {

    public static final String MINOR = "MINDERJARIG";
    public static final String UNKNOWN = "ONBEKEND";

    private AgeGroup() {
    }

    public static String of(Boolean minor, Integer yearOfBirth, int yearOfReceipt) {
        if (Boolean.TRUE.equals(minor)) {
            return MINOR;
        }
        if (yearOfBirth == null) {
            return UNKNOWN;
        }
        int age = yearOfReceipt - yearOfBirth;
        if (age < 18) {
            return MINOR;
        }
        if (age <= 22) {
            return "18-22";
        }
        if (age <= 29) {
            return "23-29";
        }
        return age <= 49 ? "30-49" : "50+";
    }
}
