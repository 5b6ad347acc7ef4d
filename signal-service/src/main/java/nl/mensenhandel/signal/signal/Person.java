package nl.mensenhandel.signal.signal;

/**
 * A person involved, kept minimal. No name is stored: {@code personKey} is a keyed pseudonym of the
 * identifying hint the reporter gave, only good for recognising the same person in another signal.
 * {@code residenceMunicipalityCode}: where this person lives, when known — its AF is informed (issue 7 §5).
 */
public record Person(PersonRole role, Boolean minor, Integer yearOfBirth, String nationality, Gender gender,
        String personKey, String residenceMunicipalityCode) {
}
