package nl.mensenhandel.signal.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import nl.mensenhandel.signal.signal.FeedbackChannel;
import nl.mensenhandel.signal.signal.FeedbackRecipient;
import nl.mensenhandel.signal.signal.Signal;
import nl.mensenhandel.signal.signal.SourceType;

/**
 * Who is told what when the route reaches a result (issue 7 capability 2; the regional plans' meldroute:
 * "de melder krijgt een terugkoppeling").
 */
public final class FeedbackRules {

    /** An e-mail address as a reporter leaves one: something@domain.tld, no spaces. A phone number never matches. */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private FeedbackRules() {
    }

    /**
     * Rule "anonymous-gets-status-only": an anonymous resident (ANONIEM, or through Meld Misdaad Anoniem) is
     * told the status through the status check and nothing more — no feedback text, no mail; no source
     * (Heemstede, IJsselland, MMA) promises them more, and anything more could identify them.
     */
    public static boolean statusOnly(Signal signal) {
        return signal.sourceType() == SourceType.ANONIEM || signal.sourceType() == SourceType.MMA;
    }

    /**
     * Rule "feedback-mail-to-email-contact": the feedback is mailed to whoever gets the feedback
     * ({@link Signal#feedbackRecipient()}: the partner organisation an AF recorded the signal for, else the
     * reporter — issue 7 §1) when they left an e-mail address as contact. A phone number gets no mail (no SMS
     * channel): the reporter reads the feedback in their own view ({@code reported-by-me}) and the AF may
     * call. Anonymous reporters never get mail.
     */
    public static Optional<String> mailRecipient(Signal signal) {
        FeedbackRecipient recipient = signal.feedbackRecipient();
        if (statusOnly(signal) || recipient == null || recipient.contact() == null) {
            return Optional.empty();
        }
        String contact = recipient.contact().trim();
        return EMAIL.matcher(contact).matches() ? Optional.of(contact) : Optional.empty();
    }

    /**
     * Rule "feedback-channels": the reporter with an account reads every feedback in reported-by-me, plus
     * mail to an e-mail contact; an anonymous reporter gets neither.
     */
    public static List<FeedbackChannel> channels(Signal signal) {
        List<FeedbackChannel> channels = new ArrayList<>();
        if (mailRecipient(signal).isPresent()) {
            channels.add(FeedbackChannel.EMAIL);
        }
        // the reporter with an account, or the partner organisation an AF recorded it for, follows it there
        if (!statusOnly(signal) && (signal.createdBySubject() != null || signal.onBehalfOf() != null)) {
            channels.add(FeedbackChannel.REPORTED_BY_ME);
        }
        return List.copyOf(channels);
    }
}
