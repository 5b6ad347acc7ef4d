package nl.mensenhandel.signal.spoed;

import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.mail.MailMessage;
import nl.mensenhandel.platform.outbox.Outbox;
import nl.mensenhandel.platform.outbox.OutboxDispatcher;
import nl.mensenhandel.platform.tenancy.Municipality;
import nl.mensenhandel.platform.tenancy.MunicipalityRegistry;
import nl.mensenhandel.signal.inbox.MeldcodeFlag;
import nl.mensenhandel.signal.signal.Signal;

/**
 * The SPOED e-mails: one outbox entry per functional mailbox ({@link SpoedMailboxes}), written in the same insert
 * as the notification and delivered with retries by the platform outbox — never lost, never twice (the entry
 * ids derive from the notification's). Minimal, like the notification: municipality, reference, the meldcode
 * route for a minor victim, and where to look; no description, no names.
 */
@Component
@EnableConfigurationProperties(SpoedMailboxes.class)
class SpoedMails {

    private final SpoedMailboxes mailboxes;
    private final Outbox outbox;
    private final OutboxDispatcher dispatcher;
    private final MunicipalityRegistry municipalities;

    SpoedMails(SpoedMailboxes mailboxes, Outbox outbox, OutboxDispatcher dispatcher,
            MunicipalityRegistry municipalities) {
        this.mailboxes = mailboxes;
        this.outbox = outbox;
        this.dispatcher = dispatcher;
        this.municipalities = municipalities;
    }

    /** The outbox entries of the notification {@code notificationId} (its document id) about the signal. */
    List<Document> entries(Signal signal, String notificationId, MeldcodeFlag meldcode) {
        List<String> addresses = mailboxes.of(signal.municipalityCode(), signal.region());
        List<Document> entries = new ArrayList<>();
        for (int i = 0; i < addresses.size(); i++) {
            entries.add(outbox.entry(signal.region(), notificationId, "spoed." + notificationId + ".mail." + i,
                    MailMessage.KIND, mail(signal, addresses.get(i), meldcode)).toDocument());
        }
        return entries;
    }

    /** Sends the mails just stored now rather than at the next poll. */
    void deliverSoon() {
        dispatcher.wake();
    }

    MailMessage mail(Signal signal, String address, MeldcodeFlag meldcode) {
        String municipality = municipalities.find(signal.municipalityCode()).map(Municipality::name)
                .orElse(signal.municipalityCode());
        List<String> body = new ArrayList<>(List.of(
                "Er is een SPOED-signaal mensenhandel binnengekomen over gemeente " + municipality + ".",
                "Acute interventie gaat voor (politie/OM, burgemeester of zorgcoördinator); informeer de"
                        + " aandachtsfunctionaris en de casustafel zo snel mogelijk.",
                ""));
        if (meldcode != null) {
            body.add("Een mogelijk slachtoffer is minderjarig: de meldcode huiselijk geweld en kindermishandeling"
                    + " geldt (Veilig Thuis, jeugdhulp).");
            body.add("");
        }
        body.addAll(List.of(
                "Kenmerk: " + signal.id(),
                "Lees het signaal op het platform (inbox en werklijst); deze mail bevat bewust geen inhoud.",
                "",
                "Dit bericht is automatisch verstuurd; antwoorden op dit adres wordt niet gelezen."));
        String subject = "SPOED: signaal mensenhandel in " + municipality
                + (meldcode != null ? " (minderjarige - meldcode)" : "");
        return new MailMessage(List.of(address), subject, String.join("\n", body));
    }
}
