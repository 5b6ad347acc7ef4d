package nl.mensenhandel.signal.regionalconfig;

/**
 * A place to report instead of this platform's anonymous intake, e.g. Meld Misdaad Anoniem (0800-7000), the
 * police (0900-8844) or the Nederlandse Arbeidsinspectie for labour exploitation — where the Heemstede plan
 * (uitvoeringsplan 2024-2026, §3.3.3 Meldroute) and the Rotterdam unit's plan send residents. Reference
 * data about institutions, never about a person.
 *
 * @param forWhat what to report there ("anoniem melden", "arbeidsuitbuiting", ...)
 */
public record ReportingAlternative(String name, String forWhat, String phone, String url, String email) {

    /** A resident must be able to reach it: a phone number, a web address or an e-mail address. */
    boolean reachable() {
        return present(phone) || present(url) || present(email);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
