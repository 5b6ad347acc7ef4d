package nl.mensenhandel.signal.signal;

import java.time.Instant;
import java.util.List;

/**
 * One field changed by the AF's reclassification (issue 7 capability 4): what, from, to, why, who and when.
 * Values are codes (forms, category and sector codes, urgency, municipality code), a single value as a
 * one-item list, none as an empty list. The reason is free text and stored encrypted ({@link SignalEncryption}).
 *
 * @param changeId identifies the entry, so its encrypted reason is bound to it and not to a list position
 */
public record ClassificationChange(String changeId, ClassificationField field, List<String> from, List<String> to,
        String reason, String by, Instant at) {
}
