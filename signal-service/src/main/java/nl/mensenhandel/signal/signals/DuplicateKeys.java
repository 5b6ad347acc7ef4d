package nl.mensenhandel.signal.signals;

import java.util.List;

/**
 * Normalised keys by which possible duplicates are found: the address, the business, and the
 * pseudonymous keys of the persons involved. Stored on the signal so candidates are one query away.
 */
public record DuplicateKeys(String addressKey, String businessKey, List<String> personKeys) {

    public boolean isEmpty() {
        return addressKey == null && businessKey == null && personKeys.isEmpty();
    }
}
