package nl.mensenhandel.signal.signal;

import java.util.List;

/**
 * Keys by which possible duplicates are found: blind-index tokens of the normalised address and business,
 * and the pseudonymous keys of the persons involved. Stored on the signal so candidates are one query
 * away; none of them shows the address, business or person it stands for.
 */
public record DuplicateKeys(String addressKey, String businessKey, List<String> personKeys) {

    public boolean isEmpty() {
        return addressKey == null && businessKey == null && personKeys.isEmpty();
    }
}
