package nl.mensenhandel.signal.signal;

import java.time.Instant;
import java.util.List;

/**
 * One feedback given to the reporter when the route reached a result: what was told, to whom, how and
 * when. Kept in the signal's feedback history for good — reopening clears the current feedback, never
 * the history. The text and the recipient are personal data, encrypted at rest
 * ({@link SignalEncryption}); the recipient is removed by retention with the reporter's contact.
 *
 * @param entryId   identifies the entry (also the idempotency key of its mail)
 * @param result    the result the reporter was told about ({@code DOORGELEID} or {@code AFGESLOTEN})
 * @param text      the feedback text as written by the AF
 * @param channels  how it reached the reporter (empty for an anonymous reporter: status only)
 * @param recipient the e-mail address it was sent to ({@link FeedbackChannel#EMAIL}), else absent
 * @param at        when it was given
 * @param by        the AF who gave it
 */
public record FeedbackRecord(String entryId, SignalStatus result, String text, List<FeedbackChannel> channels,
        String recipient, Instant at, String by) {
}
