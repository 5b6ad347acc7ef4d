package nl.mensenhandel.signal.feedback;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import nl.mensenhandel.platform.mail.MailMessage;
import nl.mensenhandel.platform.outbox.Outbox;
import nl.mensenhandel.platform.outbox.OutboxDispatcher;
import nl.mensenhandel.platform.tenancy.Municipality;
import nl.mensenhandel.platform.tenancy.MunicipalityRegistry;
import nl.mensenhandel.signal.signal.FeedbackRecord;
import nl.mensenhandel.signal.signal.Signal;
import nl.mensenhandel.signal.signal.SignalEncryption;
import nl.mensenhandel.signal.signal.SignalStatus;

/**
 * Feedback to the reporter when the route reaches a result, written into the same update as the
 * transition: the current feedback, an entry in the feedback history and — for an e-mail contact — a mail in
 * the signal's outbox ({@link Outbox}), delivered with retries by the dispatcher. So the result is never
 * recorded without its feedback, and the mail is never lost because the mail server is down (issue 7
 * capability 2).
 */
@Service
public class ReporterFeedback {

    /** The stored feedback history of a signal. */
    public static final String HISTORY = "feedbackHistory";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d-M-yyyy")
            .withZone(ZoneId.of("Europe/Amsterdam"));

    private final Outbox outbox;
    private final OutboxDispatcher dispatcher;
    private final SignalEncryption encryption;
    private final MunicipalityRegistry municipalities;

    public ReporterFeedback(Outbox outbox, OutboxDispatcher dispatcher, SignalEncryption encryption,
            MunicipalityRegistry municipalities) {
        this.outbox = outbox;
        this.dispatcher = dispatcher;
        this.encryption = encryption;
        this.municipalities = municipalities;
    }

    /** What one result tells the reporter; {@code mailed} when a mail was put in the outbox. */
    public record Given(FeedbackRecord record, boolean mailed) {
    }

    /**
     * Adds the feedback of a result to the transition's update: the current {@code feedback}, the history
     * entry (encrypted), and the mail (encrypted, in the outbox) when the reporter left an e-mail address.
     */
    public Given addTo(Update update, Signal signal, SignalStatus result, String text, String by, Instant at) {
        Optional<String> mailTo = FeedbackRules.mailRecipient(signal);
        FeedbackRecord record = new FeedbackRecord(UUID.randomUUID().toString(), result, text,
                FeedbackRules.channels(signal), mailTo.orElse(null), at, by);
        update.set("feedback", text).push(HISTORY, encryption.sealed(signal.region(), signal.id(), record));
        mailTo.ifPresent(address -> update.push(Outbox.FIELD, outbox.entry(signal.region(), signal.id(),
                mailId(signal, record), MailMessage.KIND, mail(signal, record, address)).toDocument()));
        return new Given(record, mailTo.isPresent());
    }

    /** Reopening clears the current feedback; the history stays (issue 7 capability 2). */
    public static void clearCurrent(Update update) {
        update.unset("feedback");
    }

    /** Sends a mail just recorded now rather than at the next poll. */
    public void deliverSoon() {
        dispatcher.wake();
    }

    /** The idempotency key of the mail: one mail per feedback entry, whatever happens. */
    static String mailId(Signal signal, FeedbackRecord record) {
        return "signal." + signal.id() + ".feedback." + record.entryId();
    }

    /** The mail: the result and the AF's text, the signal's reference; nothing of the signal's content. */
    MailMessage mail(Signal signal, FeedbackRecord record, String address) {
        String municipality = municipalities.find(signal.municipalityCode()).map(Municipality::name)
                .orElse(signal.municipalityCode());
        String outcome = record.result() == SignalStatus.DOORGELEID ? "doorgeleid" : "afgesloten";
        String body = String.join("\n",
                "Beste melder,",
                "",
                "Uw signaal van " + DATE.format(signal.createdAt()) + " over gemeente " + municipality
                        + " is " + outcome + ". De aandachtsfunctionaris mensenhandel laat u het volgende weten:",
                "",
                record.text(),
                "",
                "Kenmerk: " + signal.id(),
                "U vindt deze terugkoppeling ook bij uw eigen meldingen op het platform.",
                "",
                "Dit bericht is automatisch verstuurd; antwoorden op dit adres wordt niet gelezen.");
        return new MailMessage(List.of(address), "Terugkoppeling op uw signaal (" + municipality + ")", body);
    }
}
